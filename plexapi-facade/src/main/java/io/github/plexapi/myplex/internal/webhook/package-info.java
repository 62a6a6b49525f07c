/** Internal: reading the multipart bodies Plex Media Server posts to webhooks. */
package io.github.plexapi.myplex.internal.webhook;
