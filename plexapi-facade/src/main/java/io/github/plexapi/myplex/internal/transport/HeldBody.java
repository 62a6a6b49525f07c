package io.github.plexapi.myplex.internal.transport;

import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * An answer's body read whole, inside the attempt that received it: decoding reads these bytes, not
 * the socket, so a body that breaks off is a failed attempt like any other connection failure.
 */
final class HeldBody extends ResponseBody {
  private final byte[] bytes;
  private final MediaType type;

  HeldBody(byte[] bytes, MediaType type) {
    this.bytes = bytes;
    this.type = type;
  }

  /** The bytes themselves, not a copy: read them, never change them. */
  byte[] held() {
    return bytes;
  }

  @Override
  public MediaType contentType() {
    return type;
  }

  @Override
  public long contentLength() {
    return bytes.length;
  }

  @Override
  public BufferedSource source() {
    return new Buffer().write(bytes);
  }
}
