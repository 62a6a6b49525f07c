/** Small conversions from generated-model values to what Java users expect. Not public API. */
package io.github.plexapi.myplex.internal.convert;
