package io.github.plexapi.myplex.internal.login;

import io.github.plexapi.generated.ApiException;
import io.github.plexapi.generated.api.AuthenticationApi;
import io.github.plexapi.generated.model.Pin;
import io.github.plexapi.myplex.BadRequestException;
import io.github.plexapi.myplex.LoginTimeoutException;
import io.github.plexapi.myplex.NotFoundException;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.UnauthorizedException;
import io.github.plexapi.myplex.internal.connect.RaceThreads;
import io.github.plexapi.myplex.internal.session.PinPollApis;
import io.github.plexapi.myplex.internal.transport.PlexApiClient;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Response;

/**
 * Polls {@code GET api/v2/pins/{id}} until the PIN carries a token, holding no thread while it
 * waits: polls are scheduled on a shared daemon timer and sent as asynchronous OkHttp calls. Each
 * poll is bounded by the time left; an expired or unknown PIN, or a refused request, ends it at
 * once; server errors, I/O failures and rate limits are retried at the next poll.
 */
public final class PinPoll {
  private final AuthenticationApi api;
  private final PlexApiClient client;
  private final long pinId;
  private final Duration interval;
  private final Duration timeout;
  private final long deadline;
  private final CompletableFuture<String> token = new CompletableFuture<>();
  private final AtomicInteger polls = new AtomicInteger();
  private volatile Call inFlight;
  private volatile ScheduledFuture<?> next;
  private volatile ScheduledFuture<?> expiry;
  private volatile long lastStart;

  private final Supplier<String> deviceJwt;

  private PinPoll(
      PinPollApis apis,
      long pinId,
      Duration interval,
      Duration timeout,
      Supplier<String> deviceJwt) {
    this.deviceJwt = deviceJwt;
    this.client = apis.client();
    this.api = deviceJwt == null ? apis.plexTv() : apis.clientsHost();
    this.pinId = pinId;
    this.interval = interval;
    this.timeout = timeout;
    this.deadline = System.nanoTime() + timeout.toNanos();
  }

  /**
   * Starts polling; the future completes with the token, or a {@link LoginTimeoutException} at the
   * deadline, or the typed error that ended it. Cancelling the future stops the polling at once.
   */
  public static PinPoll start(PinPollApis apis, long pinId, Duration interval, Duration timeout) {
    return start(apis, pinId, interval, timeout, null);
  }

  /**
   * Starts polling a PIN created with a device key (on clients.plex.tv): each poll carries a fresh
   * device JWT from {@code deviceJwt}, as plex.tv requires for that flow.
   */
  public static PinPoll start(
      PinPollApis apis,
      long pinId,
      Duration interval,
      Duration timeout,
      Supplier<String> deviceJwt) {
    PinPoll poll = new PinPoll(apis, pinId, interval, timeout, deviceJwt);
    poll.token.whenComplete((t, e) -> poll.stop());
    poll.expiry =
        RaceThreads.timers().schedule(poll::expire, timeout.toNanos(), TimeUnit.NANOSECONDS);
    poll.pollNow();
    return poll;
  }

  /** The token once the PIN is approved. */
  public CompletableFuture<String> token() {
    return token;
  }

  /** How many polls were sent so far. */
  public int polls() {
    return polls.get();
  }

  private void pollNow() {
    long remaining = deadline - System.nanoTime();
    if (token.isDone() || remaining <= 0) {
      return;
    }
    Call call;
    try {
      call = api.getPinCall(pinId, deviceJwt == null ? null : deviceJwt.get(), null);
    } catch (ApiException e) {
      token.completeExceptionally(new IllegalStateException("could not build the PIN request"));
      return;
    }
    call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
    lastStart = System.nanoTime();
    inFlight = call;
    polls.incrementAndGet();
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call call, IOException e) {
            scheduleNext(Duration.ZERO);
          }

          @Override
          public void onResponse(Call call, Response response) {
            try (response) {
              Pin pin = client.handleResponse(response, Pin.class);
              if (pin.getAuthToken() != null && !pin.getAuthToken().isBlank()) {
                token.complete(pin.getAuthToken());
              } else {
                scheduleNext(Duration.ZERO);
              }
            } catch (RateLimitedException e) {
              scheduleNext(e.getRetryAfter() == null ? Duration.ZERO : e.getRetryAfter());
            } catch (NotFoundException | UnauthorizedException | BadRequestException e) {
              token.completeExceptionally(e);
            } catch (PlexApiException e) {
              scheduleNext(Duration.ZERO); // a server error or an unreadable answer: try again
            }
          }
        });
  }

  private void scheduleNext(Duration atLeast) {
    if (token.isDone()) {
      return;
    }
    long sinceStart = System.nanoTime() - lastStart;
    long delay = Math.max(interval.toNanos() - sinceStart, atLeast.toNanos());
    if (System.nanoTime() + Math.max(delay, 0) >= deadline) {
      return; // the expiry timer ends it on time
    }
    next = RaceThreads.timers().schedule(this::pollNow, Math.max(delay, 0), TimeUnit.NANOSECONDS);
  }

  private void expire() {
    token.completeExceptionally(
        new LoginTimeoutException(
            "the login was not approved within " + timeout.toMillis() + " ms (PIN " + pinId + ")"));
  }

  private void stop() {
    ScheduledFuture<?> pending = next;
    if (pending != null) {
      pending.cancel(false);
    }
    ScheduledFuture<?> timer = expiry;
    if (timer != null) {
      timer.cancel(false);
    }
    Call call = inFlight;
    if (call != null) {
      call.cancel();
    }
  }
}
