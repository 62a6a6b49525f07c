package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Test support: WireMock playing plex.tv on loopback, accounts aimed at it, and the fixtures. */
public final class Fakes {
  /** The token test accounts are built with. */
  public static final String TOKEN = "account-token-5e6f7a8b";

  /** The client identifier test accounts send. */
  public static final String CLIENT_ID = "test-client-id";

  /** An unknown field added to every JSON object by {@link #padded}. */
  public static final String UNKNOWN_FIELD = "fieldPlexTvAddedLater";

  private Fakes() {}

  /** A WireMock extension bound to 127.0.0.1 on a free port. */
  public static WireMockExtension plexTv() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
        .build();
  }

  /** An account builder aimed at the fake, with a short timeout and a fixed client identifier. */
  public static MyPlexAccount.Builder account(WireMockExtension plexTv) {
    return MyPlexAccount.builder()
        .baseUrl(plexTv.baseUrl())
        .clientIdentifier(CLIENT_ID)
        .product("TestApp")
        .timeout(Duration.ofSeconds(5));
  }

  /** A test resource (e.g. {@code xml/user.xml} or {@code plex-tv/devices.xml}) as text. */
  public static String resource(String path) {
    try (InputStream in = Fakes.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON fixture with an unknown field and a null field added to every object, at any depth. */
  public static String padded(String path) {
    JsonElement json = JsonParser.parseString(resource(path));
    pad(json);
    return json.toString();
  }

  /** A 200 answer with a JSON body. */
  public static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /** A 200 answer with an XML body. */
  public static ResponseDefinitionBuilder xml(String body) {
    return aResponse().withHeader("Content-Type", "application/xml").withBody(body);
  }

  private static void pad(JsonElement element) {
    if (element.isJsonObject()) {
      JsonObject object = element.getAsJsonObject();
      object.keySet().forEach(key -> pad(object.get(key)));
      object.addProperty(UNKNOWN_FIELD, "surprise");
      object.add("fieldThatIsNull", JsonNull.INSTANCE);
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(Fakes::pad);
    }
  }

  /**
   * A Plex JWT as plex.tv issues it, signed with {@code signer} for {@code device}: issuer and
   * audience {@code plex.tv}, issued now, valid 7 days, user {@code jwt-user}; {@code overrides}
   * replace or add claims.
   */
  public static String plexJwt(DeviceKey signer, DeviceKey device, Map<String, Object> overrides) {
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new HashMap<>();
    claims.put("aud", "plex.tv");
    claims.put("iss", "plex.tv");
    claims.put("iat", now);
    claims.put("exp", now + Duration.ofDays(7).toSeconds());
    claims.put("thumbprint", device.keyId());
    claims.put("username", "jwt-user");
    claims.putAll(overrides);
    return signer.sign(claims);
  }
}
