/**
 * Connecting to a media server or player: the candidate addresses in priority order, and the race
 * that tries them all at once and settles on the best one that answers. Not public API.
 */
package io.github.plexapi.myplex.internal.connect;
