package io.github.plexapi.myplex.internal.connect;

import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waiting on and cancelling the futures of long operations. */
public final class Futures {
  private Futures() {}

  /** Makes cancelling {@code dependent} cancel {@code source} too (CompletableFuture does not). */
  public static void propagateCancel(CompletableFuture<?> dependent, CompletableFuture<?> source) {
    dependent.whenComplete(
        (value, failure) -> {
          if (dependent.isCancelled()) {
            source.cancel(true);
          }
        });
  }

  /**
   * Waits for {@code future} in the calling thread, rethrowing its {@link PlexApiException} as is;
   * an interrupt cancels the work and is kept on the thread.
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new PlexConnectionException("interrupted while waiting", e);
    } catch (CancellationException e) {
      throw new PlexConnectionException("cancelled", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new PlexConnectionException("failed: " + cause.getClass().getSimpleName(), cause);
    }
  }
}
