package io.github.plexapi.myplex.internal.transport;

import java.net.ProtocolException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Counts how often one attempt's request reaches the wire, and stops OkHttp from sending it more
 * often than {@link Retrying} allows. OkHttp calls network interceptors only once a connection is
 * up, just before it writes the request, so each pass through {@link #interceptor()} is one request
 * on the wire, and an attempt with no pass provably never left. OkHttp's own recovery still runs
 * before that point (the next address of a host, a fresh route); what it would do after it (re-send
 * a request whose kept-alive connection dropped, repeat one answered 408, or 503 with {@code
 * Retry-After: 0}) passes only within the attempt's budget: a re-send beyond it is refused before a
 * byte is written, and 408 and 503 answers reach {@link Retrying} instead of being repeated.
 */
final class WireMark {
  /** Where a 408 or 503 answer's own {@code Retry-After} waits while OkHttp looks at the answer. */
  static final String ORIGINAL_RETRY_AFTER = "X-Plexapi-Original-Retry-After";

  /** A re-send of a request that had already left, refused; the failure before it is suppressed. */
  static final class ResendRefused extends ProtocolException {
    private static final long serialVersionUID = 1L;

    ResendRefused() {
      super("refused to send the request again: it had already reached the wire");
    }
  }

  private final int budget;
  private int passes;
  private HttpUrl lastUrl;

  /**
   * @param budget how many times this attempt's request may reach the wire
   */
  WireMark(int budget) {
    this.budget = budget;
  }

  /** How many times this attempt's request reached the wire (redirects to other URLs aside). */
  synchronized int passes() {
    return passes;
  }

  /** Admits a pass of {@code url}; a repeat of the last URL counts, a redirect elsewhere not. */
  private synchronized void admit(HttpUrl url) throws ResendRefused {
    if (lastUrl == null || lastUrl.equals(url)) {
      if (passes >= budget) {
        throw new ResendRefused();
      }
      passes++;
    }
    lastUrl = url;
  }

  /** The network interceptor that counts and limits the passes of requests carrying a mark. */
  static Interceptor interceptor() {
    return chain -> {
      Request request = chain.request();
      WireMark mark = request.tag(WireMark.class);
      if (mark == null) {
        return chain.proceed(request);
      }
      mark.admit(request.url());
      return withoutRepeatTriggers(chain.proceed(request));
    };
  }

  /**
   * A 408 or 503 answer as OkHttp will not repeat on its own: OkHttp repeats 503 with {@code
   * Retry-After: 0} and 408 without a positive one. The original header is kept aside for {@link
   * #restored(Response)}.
   */
  private static Response withoutRepeatTriggers(Response response) {
    int code = response.code();
    if (code != 503 && code != 408) {
      return response;
    }
    String original = response.header("Retry-After");
    Response.Builder hidden =
        response.newBuilder().header(ORIGINAL_RETRY_AFTER, original == null ? "" : original);
    return (code == 503 ? hidden.removeHeader("Retry-After") : hidden.header("Retry-After", "1"))
        .build();
  }

  /** The answer with its own {@code Retry-After} back in place. */
  static Response restored(Response response) {
    String original = response.header(ORIGINAL_RETRY_AFTER);
    if (original == null) {
      return response;
    }
    Response.Builder builder = response.newBuilder().removeHeader(ORIGINAL_RETRY_AFTER);
    return (original.isEmpty()
            ? builder.removeHeader("Retry-After")
            : builder.header("Retry-After", original))
        .build();
  }
}
