package io.github.plexapi.myplex.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.ResponseBody;

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
    try (InputStream in = body.byteStream()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) != -1) {
        total += n;
        if (total > limit) {
          throw new TooLarge(limit);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
