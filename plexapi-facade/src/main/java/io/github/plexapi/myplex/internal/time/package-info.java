/** Converting plex.tv's timestamp spellings to {@link java.time.Instant}. Not public API. */
package io.github.plexapi.myplex.internal.time;
