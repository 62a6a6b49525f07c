package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each exchange at DEBUG as method, path and status: never the query, a header or a body,
 * where tokens travel.
 */
final class RequestLog implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.plexapi.myplex.http");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!LOG.isDebugEnabled()) {
      return chain.proceed(request);
    }
    long start = System.nanoTime();
    String what = request.method() + " " + request.url().host() + request.url().encodedPath();
    try {
      Response response = chain.proceed(request);
      LOG.debug("{} -> {} ({} ms)", what, response.code(), elapsedMillis(start));
      return response;
    } catch (IOException e) {
      LOG.debug("{} -> {} ({} ms)", what, e.getClass().getSimpleName(), elapsedMillis(start));
      throw e;
    }
  }

  private static long elapsedMillis(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }
}
