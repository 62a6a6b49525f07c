package io.github.plexapi.myplex.internal.session;

import io.github.plexapi.generated.ApiException;

/** One call to a generated API method that answers nothing the caller reads. */
@FunctionalInterface
public interface ApiRun {
  /** Runs the call. */
  void run() throws ApiException;
}
