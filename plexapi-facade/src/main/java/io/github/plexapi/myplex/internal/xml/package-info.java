/**
 * Reading plex.tv's XML answers into the generated models with Jackson: secure parsing (no DTDs, no
 * external entities), plex.tv's boolean and list spellings, unknown attributes kept. Nothing here
 * is public API.
 */
package io.github.plexapi.myplex.internal.xml;
