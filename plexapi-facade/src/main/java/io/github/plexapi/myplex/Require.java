package io.github.plexapi.myplex;

import okhttp3.HttpUrl;

/** Argument checks shared by the area classes: each throws {@link IllegalArgumentException}. */
final class Require {
  private Require() {}

  /** Fails when {@code value} is null or blank. */
  static String text(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }

  /** Fails when {@code value} is null. */
  static <T> T present(String what, T value) {
    if (value == null) {
      throw new IllegalArgumentException(what + " must not be null");
    }
    return value;
  }

  /** Fails unless {@code url} is an http or https URL. */
  static String webhookUrl(String url) {
    text("webhook url", url);
    if (HttpUrl.parse(url.trim()) == null) {
      throw new IllegalArgumentException("a webhook url must be an http or https URL");
    }
    return url;
  }

  /**
   * Checks an http or https URL.
   *
   * @throws IllegalArgumentException naming {@code what} if {@code url} is null or not one
   */
  static String url(String what, String url) {
    if (url == null || HttpUrl.parse(url) == null) {
      throw new IllegalArgumentException(what + " must be an http or https URL");
    }
    return url;
  }
}
