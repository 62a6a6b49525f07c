package io.github.plexapi.myplex;

import io.github.plexapi.generated.model.WebhookAccount;
import io.github.plexapi.generated.model.WebhookPayload;
import io.github.plexapi.generated.model.WebhookPlayer;
import io.github.plexapi.generated.model.WebhookServer;
import io.github.plexapi.myplex.internal.json.ModelJson;
import io.github.plexapi.myplex.internal.webhook.Multipart;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

/**
 * An event a Plex Media Server posted to a webhook: what happened ({@link #getEvent()}, {@link
 * #getKind()}), to whom, on which server and player, to which item, and the item's thumbnail when
 * the server sent one. Read from the {@code multipart/form-data} body the server posts (a {@code
 * payload} part with JSON, a {@code thumb} part with a JPEG), or from the JSON alone. Unknown
 * fields are kept in the model; absent ones are null. Immutable.
 *
 * <p>A value read from a webhook body already received: parsing it and its getters send no request.
 */
public final class WebhookEvent {
  /**
   * The largest body {@link #parse(String, byte[])} and {@link #parse(String, InputStream)} read.
   */
  public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

  /** The events Plex sends; {@link #UNKNOWN} for one added later. */
  public enum Kind {
    MEDIA_PLAY,
    MEDIA_PAUSE,
    MEDIA_RESUME,
    MEDIA_STOP,
    MEDIA_SCROBBLE,
    MEDIA_RATE,
    LIBRARY_ON_DECK,
    LIBRARY_NEW,
    ADMIN_DATABASE_BACKUP,
    ADMIN_DATABASE_CORRUPTED,
    DEVICE_NEW,
    PLAYBACK_STARTED,
    UNKNOWN;

    /** The kind of {@code event} (e.g. {@code media.play}); {@link #UNKNOWN} for anything else. */
    public static Kind of(String event) {
      if (event == null) {
        return UNKNOWN;
      }
      try {
        return valueOf(event.trim().replace('.', '_').toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException later) {
        return UNKNOWN;
      }
    }
  }

  private final WebhookPayload payload;
  private final byte[] thumbnail;

  private WebhookEvent(WebhookPayload payload, byte[] thumbnail) {
    this.payload = payload;
    this.thumbnail = thumbnail;
  }

  /**
   * Reads a webhook body of at most {@link #DEFAULT_MAX_BYTES}.
   *
   * @param contentType the request's {@code Content-Type}: {@code multipart/form-data} with its
   *     boundary, or {@code application/json}
   * @throws WebhookException if the body is not a webhook event, or is over the limit
   */
  public static WebhookEvent parse(String contentType, byte[] body) {
    if (body == null) {
      throw new WebhookException("no body", false);
    }
    if (body.length > DEFAULT_MAX_BYTES) {
      throw new WebhookException("a body larger than " + DEFAULT_MAX_BYTES + " bytes", true);
    }
    return parse(contentType, new ByteArrayInputStream(body), DEFAULT_MAX_BYTES);
  }

  /** {@link #parse(String, byte[])} from a stream, read at most up to the limit. */
  public static WebhookEvent parse(String contentType, InputStream body) {
    return parse(contentType, body, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a webhook body of at most {@code maxBytes}; a larger one is refused as soon as it passes
   * the limit, without being read whole.
   *
   * @throws WebhookException if the body is not a webhook event, over the limit, or unreadable
   */
  public static WebhookEvent parse(String contentType, InputStream body, long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    if (body == null) {
      throw new WebhookException("no body", false);
    }
    String type = contentType == null ? "" : contentType.trim().toLowerCase(Locale.ROOT);
    try {
      if (type.startsWith("application/json") || type.matches("application/[\\w.+-]+\\+json.*")) {
        return new WebhookEvent(payload(Multipart.readBounded(body, maxBytes)), null);
      }
      if (!type.startsWith("multipart/form-data")) {
        throw new WebhookException(
            "not a webhook body: the content type must be multipart/form-data or application/json",
            false);
      }
      String boundary = Multipart.boundary(contentType);
      Map<String, byte[]> parts = Multipart.parts(Multipart.readBounded(body, maxBytes), boundary);
      byte[] json = parts.get("payload");
      if (json == null) {
        throw new WebhookException("the body has no payload part", false);
      }
      return new WebhookEvent(payload(json), parts.get("thumb"));
    } catch (Multipart.Refused e) {
      throw new WebhookException(e.getMessage(), e.tooLarge);
    } catch (IOException e) {
      throw new WebhookException(
          "the body could not be read: " + e.getClass().getSimpleName(), false);
    }
  }

  private static WebhookPayload payload(byte[] json) {
    WebhookPayload payload;
    try {
      payload = ModelJson.read(json, WebhookPayload.class);
    } catch (RuntimeException e) {
      throw new WebhookException("the payload is not a webhook event's JSON", false);
    }
    if (payload == null) {
      throw new WebhookException("the payload is empty", false);
    }
    return payload;
  }

  /** The event as Plex names it, e.g. {@code media.play}, or null. */
  public String getEvent() {
    return payload.getEvent();
  }

  /** The event's kind; {@link Kind#UNKNOWN} for one this library does not know. */
  public Kind getKind() {
    return Kind.of(payload.getEvent());
  }

  /** Whether the event concerns the account the webhook belongs to. */
  public boolean isUser() {
    return Boolean.TRUE.equals(payload.getUser());
  }

  /** Whether that account owns the server. */
  public boolean isOwner() {
    return Boolean.TRUE.equals(payload.getOwner());
  }

  /** The id of the account that caused the event, or null. */
  public Long getAccountId() {
    WebhookAccount account = payload.getAccount();
    return account == null ? null : account.getId();
  }

  /** The title of the account that caused the event, or null. */
  public String getAccountTitle() {
    WebhookAccount account = payload.getAccount();
    return account == null ? null : account.getTitle();
  }

  /** The title of the server that posted the event, or null. */
  public String getServerTitle() {
    WebhookServer server = payload.getServer();
    return server == null ? null : server.getTitle();
  }

  /** The machine identifier of that server, or null. */
  public String getServerUuid() {
    WebhookServer server = payload.getServer();
    return server == null ? null : server.getUuid();
  }

  /** The title of the player, or null. */
  public String getPlayerTitle() {
    WebhookPlayer player = payload.getPlayer();
    return player == null ? null : player.getTitle();
  }

  /** The machine identifier of the player, or null. */
  public String getPlayerUuid() {
    WebhookPlayer player = payload.getPlayer();
    return player == null ? null : player.getUuid();
  }

  /** Whether the player is on the server's local network (false when there is no player). */
  public boolean isPlayerLocal() {
    WebhookPlayer player = payload.getPlayer();
    return player != null && Boolean.TRUE.equals(player.getLocal());
  }

  /** The player's public address, or null. */
  public String getPlayerPublicAddress() {
    WebhookPlayer player = payload.getPlayer();
    return player == null ? null : player.getPublicAddress();
  }

  /** The item of the event, or null (admin events have none). */
  public WebhookMetadata getMetadata() {
    return payload.getMetadata() == null ? null : new WebhookMetadata(payload.getMetadata());
  }

  /** The JPEG thumbnail the server sent with the event, or null (a copy). */
  public byte[] getThumbnail() {
    return thumbnail == null ? null : thumbnail.clone();
  }

  /** The generated model of the payload, with every field the server sent. */
  public WebhookPayload getModel() {
    return payload;
  }

  @Override
  public String toString() {
    WebhookMetadata metadata = getMetadata();
    return "WebhookEvent{"
        + getEvent()
        + " on "
        + getServerTitle()
        + (metadata == null ? "" : ", " + metadata.getType() + " " + metadata.getTitle())
        + (getPlayerTitle() == null ? "" : ", player " + getPlayerTitle())
        + "}";
  }
}
