package io.github.plexapi.myplex.internal.transport;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/** Reads a response body whole, refusing one larger than a limit before and while reading it. */
final class BoundedBody {
  /** Thrown when a body is larger than the limit. */
  static final class TooLarge extends Exception {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("a body larger than " + limit + " bytes");
    }
  }

  private BoundedBody() {}

  static byte[] read(ResponseBody body, long limit) throws IOException, TooLarge {
    if (body == null) {
      return new byte[0];
    }
    if (body.contentLength() > limit) {
      throw new TooLarge(limit);
    }
    try (BufferedSource source = body.source()) {
      // buffers at most limit + 1 bytes: one more than allowed proves the body is too large
      if (source.request(limit == Long.MAX_VALUE ? limit : limit + 1)) {
        throw new TooLarge(limit);
      }
      return source.getBuffer().readByteArray();
    }
  }
}
