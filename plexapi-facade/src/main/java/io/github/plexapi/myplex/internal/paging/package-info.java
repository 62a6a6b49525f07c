/** Lazy paging over plex.tv's container-start/size paged lists. Not public API. */
package io.github.plexapi.myplex.internal.paging;
