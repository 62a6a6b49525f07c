package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.generated.ApiException;

/** One call to a generated API method, as the transport runs it. */
@FunctionalInterface
public interface ApiCall<T> {
  /** Runs the call. */
  T run() throws ApiException;
}
