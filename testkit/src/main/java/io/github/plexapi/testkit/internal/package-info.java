/**
 * The fake's plumbing: the plex.tv responder, its state, and the fake media server hosts. Not API.
 */
package io.github.plexapi.testkit.internal;
