package io.github.plexapi.myplex.internal.transport;

import java.util.regex.Pattern;
import okhttp3.logging.HttpLoggingInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes OkHttp's logging interceptor to SLF4J at DEBUG, masking every token the transport knows
 * and any {@code X-Plex-Token} that appears as a query parameter or header in a line.
 */
final class RedactingHttpLogger implements HttpLoggingInterceptor.Logger {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.plexapi.myplex.http.wire");
  private static final Pattern TOKEN_PARAMETER =
      Pattern.compile("(?i)(X-Plex-Token[=:]\\s*)[^&\\s]+");

  private final Redactor redactor;

  RedactingHttpLogger(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  public void log(String message) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(TOKEN_PARAMETER.matcher(redactor.redact(message)).replaceAll("$1***"));
    }
  }
}
