/**
 * Internal: JSON answers bound to the generated models in one streaming pass, with a Gson of the
 * facade's own (the generated client's process-wide Gson is left as it is).
 */
package io.github.plexapi.myplex.internal.json;
