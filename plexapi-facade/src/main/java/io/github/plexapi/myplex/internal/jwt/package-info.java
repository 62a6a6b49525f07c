/**
 * Compact JWTs for Plex's device authentication: Ed25519 signing, and verification against JWK
 * sets. Not API.
 */
package io.github.plexapi.myplex.internal.jwt;
