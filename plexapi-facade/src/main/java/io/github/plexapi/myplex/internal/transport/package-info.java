/**
 * The layer every facade call goes through: the OkHttp client, identity headers and token, host
 * mapping, decoding answers by content type into the generated models, and turning failures into
 * the typed exceptions of {@code io.github.plexapi.myplex}. Not public API.
 */
package io.github.plexapi.myplex.internal.transport;
