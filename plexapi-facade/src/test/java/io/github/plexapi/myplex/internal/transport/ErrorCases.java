package io.github.plexapi.myplex.internal.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.plexapi.generated.api.AccountApi;
import io.github.plexapi.myplex.BadRequestException;
import io.github.plexapi.myplex.GoneException;
import io.github.plexapi.myplex.LoopbackServers;
import io.github.plexapi.myplex.NotFoundException;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.PlexConnectionException;
import io.github.plexapi.myplex.RateLimitedException;
import io.github.plexapi.myplex.ServerErrorException;
import io.github.plexapi.myplex.TwoFactorRequiredException;
import io.github.plexapi.myplex.UnauthorizedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Every way a call can fail, each with the exception it must produce: shared by the mapping test
 * (which checks the outcome) and the leak test (which checks no token escapes).
 */
final class ErrorCases {
  /** The token the cases run with; some bodies echo it, as a careless server might. */
  static final String CANARY = "CANARY-TOKEN-7f3a9c";

  /** The clock the transport reads HTTP dates with. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

  static final long MAX_BODY = 64 * 1024;

  /** One failure: how plex.tv answers, and what the caller must get. */
  record ErrorCase(
      String input,
      ResponseDefinitionBuilder answer,
      Class<? extends PlexApiException> expected,
      int status,
      Integer code) {
    @Override
    public String toString() {
      return input;
    }
  }

  private ErrorCases() {}

  static List<ErrorCase> all() {
    return List.of(
        json(
            "401 JSON code 1001",
            401,
            error(1001, "User could not be authenticated", 401),
            UnauthorizedException.class,
            1001),
        json(
            "401 JSON code 1029",
            401,
            error(1029, "Please enter the verification code", 401),
            TwoFactorRequiredException.class,
            1029),
        xml(
            "401 XML code 1029",
            401,
            "<errors><error code=\"1029\" message=\"Please enter the verification code\" status=\"401\"/></errors>",
            TwoFactorRequiredException.class,
            1029),
        xml(
            "401 XML text-only error",
            401,
            "<errors><error>Invalid token</error></errors>",
            UnauthorizedException.class,
            null),
        json(
            "401 JSON echoing the token",
            401,
            error(1001, "token " + CANARY + " is unknown", 401),
            UnauthorizedException.class,
            1001),
        json(
            "422 JSON Invalid token",
            422,
            error(1001, "Invalid token", 422),
            UnauthorizedException.class,
            1001),
        json(
            "422 JSON other error",
            422,
            error(1050, "Unprocessable", 422),
            BadRequestException.class,
            1050),
        json(
            "400 JSON code 1000",
            400,
            error(1000, "X-Plex-Client-Identifier is missing", 400),
            BadRequestException.class,
            1000),
        xml(
            "404 XML code 1020",
            404,
            "<errors><error code=\"1020\" message=\"Code not found or expired\" status=\"404\"/></errors>",
            NotFoundException.class,
            1020),
        new ErrorCase(
            "410 empty body", aResponse().withStatus(410), GoneException.class, 410, null),
        new ErrorCase(
            "429 Retry-After seconds",
            aResponse().withStatus(429).withHeader("Retry-After", "7"),
            RateLimitedException.class,
            429,
            null),
        new ErrorCase(
            "429 Retry-After HTTP-date",
            aResponse().withStatus(429).withHeader("Retry-After", "Thu, 01 Jan 2026 00:02:00 GMT"),
            RateLimitedException.class,
            429,
            null),
        new ErrorCase(
            "498 expired JWT", aResponse().withStatus(498), UnauthorizedException.class, 498, null),
        new ErrorCase(
            "500 HTML page",
            aResponse()
                .withStatus(500)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>oops " + CANARY + "</body></html>"),
            ServerErrorException.class,
            500,
            null),
        new ErrorCase(
            "502 empty body", aResponse().withStatus(502), ServerErrorException.class, 502, null),
        json(
            "503 JSON error",
            503,
            error(0, "Service Unavailable", 503),
            ServerErrorException.class,
            0),
        new ErrorCase(
            "200 HTML page",
            aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>Maintenance</body></html>"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 truncated JSON",
            aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":1,\"authToken\":\"" + CANARY + "\",\"title\":\"x"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 truncated XML",
            aResponse()
                .withHeader("Content-Type", "application/xml")
                .withBody("<user id=\"1\" authToken=\"" + CANARY + "\"><subscription"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 JSON of the wrong shape",
            aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("[{\"authToken\":\"" + CANARY + "\"}]"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 JSON with a wrongly typed field",
            aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":{\"nested\":true},\"authToken\":\"" + CANARY + "\"}"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 empty body",
            aResponse().withHeader("Content-Type", "application/json").withBody(""),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 JSON null",
            aResponse().withHeader("Content-Type", "application/json").withBody("null"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 wrong content type",
            aResponse().withHeader("Content-Type", "image/png").withBody(new byte[] {1, 2, 3}),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "200 oversized body",
            aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"title\":\"" + "x".repeat((int) MAX_BODY) + "\"}"),
            PlexApiException.class,
            200,
            null),
        new ErrorCase(
            "connection reset",
            aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            PlexConnectionException.class,
            0,
            null),
        new ErrorCase(
            "malformed chunk mid-body",
            aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
            PlexConnectionException.class,
            0,
            null),
        new ErrorCase(
            "read timeout",
            aResponse()
                .withFixedDelay(3_000)
                .withHeader("Content-Type", "application/json")
                .withBody("{}"),
            PlexConnectionException.class,
            0,
            null),
        new ErrorCase("connection refused", null, PlexConnectionException.class, 0, null));
  }

  /** The case whose input is {@code input}. */
  static ErrorCase named(String input) {
    return all().stream().filter(c -> c.input().equals(input)).findFirst().orElseThrow();
  }

  /** Sets plex.tv up to answer {@code GET /api/v2/user} the case's way and calls it. */
  static void run(ErrorCase c, WireMockExtension plexTv, PlexTransport.Builder builder) {
    String base = plexTv.baseUrl();
    if (c.answer() == null) {
      base = "http://127.0.0.1:" + LoopbackServers.refusedPort();
    } else {
      plexTv.stubFor(get("/api/v2/user").willReturn(c.answer()));
    }
    try (PlexTransport transport =
        builder
            .baseUrl(base)
            .timeout(Duration.ofMillis(500))
            .maxBodyBytes(MAX_BODY)
            .clock(CLOCK)
            .build()) {
      transport.token(CANARY);
      AccountApi api = transport.api(AccountApi::new);
      transport.call(api::getUser);
    }
  }

  private static ErrorCase json(
      String input,
      int status,
      String body,
      Class<? extends PlexApiException> expected,
      Integer code) {
    return new ErrorCase(
        input,
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withBody(body),
        expected,
        status,
        code);
  }

  private static ErrorCase xml(
      String input,
      int status,
      String body,
      Class<? extends PlexApiException> expected,
      Integer code) {
    return new ErrorCase(
        input,
        aResponse().withStatus(status).withHeader("Content-Type", "application/xml").withBody(body),
        expected,
        status,
        code);
  }

  private static String error(int code, String message, int status) {
    return "{\"errors\":[{\"code\":"
        + code
        + ",\"message\":\""
        + message
        + "\",\"status\":"
        + status
        + "}]}";
  }
}
