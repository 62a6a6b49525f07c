package io.github.plexapi.myplex;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonParser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** The rows and columns of {@code docs/fault-matrix.md}, and how one cell is run. */
final class FaultMatrix {
  private static final RetryPolicy FAST =
      RetryPolicy.builder()
          .initialBackoff(Duration.ofMillis(10))
          .maxBackoff(Duration.ofMillis(40))
          .retryAfterCap(Duration.ofMillis(50))
          .build();
  private static final Duration TIMEOUT = Duration.ofMillis(300);
  private static final String XXE =
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>"
          + "<user id=\"1\" title=\"&e;\"/>";
  private static final String EXPANSION =
      "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">"
          + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
          + "<user id=\"1\" title=\"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"/>";

  /** A row: one way plex.tv (or the media server) can misbehave. */
  enum Fault {
    REFUSED("connection refused"),
    RESET("reset mid-body"),
    DROPPED("dropped after the request"),
    ECHOED("token echoed in the status line"),
    S503_THEN_SILENCE("503, then the retry unanswered"),
    S429_THEN_SILENCE("429, then the retry unanswered"),
    CONNECT_TIMEOUT("connect timeout"),
    READ_TIMEOUT("read timeout"),
    STALLED("stalled body"),
    RATE_LIMITED("429 with Retry-After"),
    S500("500"),
    S502("502"),
    S503("503"),
    S410("410"),
    S422("422 Invalid token"),
    HTML("HTML error page"),
    TRUNCATED_JSON("truncated JSON"),
    TRUNCATED_XML("truncated XML"),
    WRONG_TYPE("wrong content type"),
    EMPTY("empty body"),
    OVERSIZED("oversized body"),
    XXE_ROW("XXE"),
    EXPANSION_ROW("entity expansion"),
    UNKNOWN("unknown fields"),
    NULLS("nulls everywhere"),
    BOOL_10("boolean 1 and 0"),
    BOOL_TF("boolean true and false"),
    DATE_EPOCH("date as epoch seconds"),
    DATE_ISO("date as ISO-8601"),
    DATE_SPACED("date as yyyy-MM-dd HH:mm:ss UTC");

    final String label;

    Fault(String label) {
      this.label = label;
    }

    static Fault named(String label) {
      return Arrays.stream(values())
          .filter(f -> f.label.equals(label))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown fault row: " + label));
    }
  }

  /** A column: one operation of each endpoint group, with the answers it is fed. */
  enum Group {
    ACCOUNT("/api/v2/user", "plex-tv/api/v2/user/user_info_plexpass.json", "xml/user.xml"),
    RESOURCES("/api/v2/resources", "plex-tv/api/v2/resources.json", "xml/resources_v2.xml"),
    DEVICES("/devices.xml", null, "plex-tv/devices.xml"),
    PINS("/api/v2/pins", "plex-tv/api/v2/pins_new.json", null),
    WEBHOOKS("/api/v2/user/webhooks", "plex-tv/api/v2/user/webhooks_two.json", null),
    CONNECT("/", null, null),
    FRIENDS("/api/v2/friends", "plex-tv/api/v2/friends_accepted_mixed.json", null),
    HOME("/api/v2/home/users", null, null);

    final String path;
    final String jsonFixture;
    final String xmlFixture;

    Group(String path, String jsonFixture, String xmlFixture) {
      this.path = path;
      this.jsonFixture = jsonFixture;
      this.xmlFixture = xmlFixture;
    }

    String json() {
      return jsonFixture != null
          ? Fakes.resource(jsonFixture)
          : switch (this) {
            case DEVICES -> "{\"size\":1,\"devices\":[{\"name\":\"Box\",\"id\":1}]}";
            case HOME ->
                "{\"id\":1,\"name\":\"Home\",\"users\":[{\"id\":2,\"uuid\":\"kid\",\"title\":\"Kid\",\"restricted\":true}]}";
            default -> "{\"MediaContainer\":{\"machineIdentifier\":\"" + MACHINE + "\"}}";
          };
    }

    String xml() {
      return xmlFixture != null
          ? Fakes.resource(xmlFixture)
          : switch (this) {
            case PINS ->
                "<pin id=\"111222333\" code=\"CODE\" trusted=\"0\" expiresAt=\"2022-02-01T00:15:00Z\"/>";
            case WEBHOOKS -> "<webhooks><webhook url=\"https://example.com/a\"/></webhooks>";
            case FRIENDS ->
                "<friends><friend id=\"1\" title=\"f\" home=\"0\" restricted=\"1\"/></friends>";
            case HOME ->
                "<home id=\"1\" name=\"Home\"><User id=\"2\" uuid=\"kid\" title=\"Kid\" restricted=\"1\"/></home>";
            default -> identity(MACHINE, "1", "0");
          };
    }

    int okStatus() {
      return this == PINS ? 201 : 200;
    }
  }

  static final String MACHINE = "matrix-machine";
  private static final String WARM_UP = "/matrix-warm-up";

  /** Whether the fault is played by WireMock (so its request journal counts what was sent). */
  static boolean servedByWireMock(Fault fault) {
    return fault != Fault.REFUSED && fault != Fault.CONNECT_TIMEOUT && fault != Fault.ECHOED;
  }

  /** How often the group's operation may reach the wire under the matrix's retry policy. */
  static int allowedOnTheWire(Group group) {
    return group == Group.PINS ? 1 : 1 + FAST.maxRetries();
  }

  private FaultMatrix() {}

  /** Runs one cell; returns the call's result, or what it threw. */
  static Object run(
      Fault fault,
      Group group,
      WireMockExtension plexTv,
      WireMockExtension media,
      LoopbackServers servers)
      throws Exception {
    String plexBase = plexTv.baseUrl();
    int mediaPort = media.getPort();
    if (fault == Fault.REFUSED || fault == Fault.CONNECT_TIMEOUT || fault == Fault.ECHOED) {
      int port =
          switch (fault) {
            case REFUSED -> LoopbackServers.refusedPort();
            case CONNECT_TIMEOUT -> servers.blackHole();
            default -> servers.echoing("HTTP/1.1 2OO {token}\r\n\r\n").port();
          };
      if (group == Group.CONNECT) {
        mediaPort = port;
      } else {
        plexBase = "http://127.0.0.1:" + port;
      }
    } else {
      ResponseDefinitionBuilder answer = answer(fault, group);
      WireMockExtension server = group == Group.CONNECT ? media : plexTv;
      MappingBuilder request =
          group == Group.PINS ? post(urlPathEqualTo(group.path)) : get(urlPathEqualTo(group.path));
      if (fault == Fault.S503_THEN_SILENCE || fault == Fault.S429_THEN_SILENCE) {
        server.stubFor(
            request
                .inScenario("then silence")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(answer)
                .willSetStateTo("answered"));
        server.stubFor(
            (group == Group.PINS
                    ? post(urlPathEqualTo(group.path))
                    : get(urlPathEqualTo(group.path)))
                .inScenario("then silence")
                .whenScenarioStateIs("answered")
                .willReturn(
                    typed(
                            aResponse().withStatus(group.okStatus()),
                            "application/json",
                            group.json())
                        .withFixedDelay(2_000)));
      } else {
        server.stubFor(request.willReturn(answer));
      }
      plexTv.stubFor(get(urlPathEqualTo(WARM_UP)).willReturn(aResponse().withBody("warm")));
    }
    if (group == Group.CONNECT) {
      plexTv.stubFor(
          get(urlPathEqualTo("/api/v2/resources"))
              .willReturn(
                  Fakes.json(
                      ResourceJson.server(
                          "Box",
                          MACHINE,
                          true,
                          FaultMatrixTest.CANARY + "-server",
                          List.of(ResourceJson.Conn.http(mediaPort, true, false))))));
    }
    MyPlexAccount account =
        MyPlexAccount.builder()
            .baseUrl(plexBase)
            .token(FaultMatrixTest.CANARY)
            .clientIdentifier("matrix")
            .timeout(TIMEOUT)
            .retryPolicy(FAST)
            .maxBodyBytes(64 * 1024)
            .build();
    try (account) {
      if (fault == Fault.DROPPED && group != Group.CONNECT) {
        account.query(WARM_UP, "GET", null, String.class); // the connection is kept alive
      }
      Object result = call(group, account);
      check(fault, group, result);
      touchEveryGetter(result);
      return result;
    } catch (PlexApiException e) {
      return e;
    }
  }

  private static Object call(Group group, MyPlexAccount account) {
    return switch (group) {
      case ACCOUNT -> account.connect();
      case RESOURCES -> account.resources();
      case DEVICES -> account.devices();
      case PINS -> account.getWebLogin(null);
      case WEBHOOKS -> account.webhooks();
      case CONNECT ->
          account.resource("Box").connect(ConnectOptions.builder().timeout(TIMEOUT).build());
      case FRIENDS -> account.friends();
      case HOME -> account.homeUsers();
    };
  }

  private static ResponseDefinitionBuilder answer(Fault fault, Group group) {
    ResponseDefinitionBuilder ok = aResponse().withStatus(group.okStatus());
    String normalXml = group.xml();
    return switch (fault) {
      case RESET ->
          aResponse()
              .withFault(com.github.tomakehurst.wiremock.http.Fault.MALFORMED_RESPONSE_CHUNK);
      case DROPPED ->
          aResponse().withFault(com.github.tomakehurst.wiremock.http.Fault.EMPTY_RESPONSE);
      case S503_THEN_SILENCE -> aResponse().withStatus(503);
      case S429_THEN_SILENCE -> aResponse().withStatus(429).withHeader("Retry-After", "0");
      case READ_TIMEOUT -> typed(ok, "application/xml", normalXml).withFixedDelay(2_000);
      case STALLED -> typed(ok, "application/xml", normalXml).withChunkedDribbleDelay(5, 5_000);
      case RATE_LIMITED -> aResponse().withStatus(429).withHeader("Retry-After", "1");
      case S500 -> aResponse().withStatus(500);
      case S502 -> aResponse().withStatus(502);
      case S503 -> aResponse().withStatus(503);
      case S410 -> aResponse().withStatus(410);
      case S422 ->
          typed(
              aResponse().withStatus(422),
              "application/json",
              "{\"errors\":[{\"code\":1001,\"message\":\"Invalid token\",\"status\":422}]}");
      case HTML -> typed(ok, "text/html", "<html><body>Down for maintenance</body></html>");
      case TRUNCATED_JSON ->
          typed(ok, "application/json", group.json().substring(0, group.json().length() / 2));
      case TRUNCATED_XML ->
          typed(ok, "application/xml", normalXml.substring(0, normalXml.length() / 2));
      case WRONG_TYPE ->
          ok.withHeader("Content-Type", "image/png")
              .withBody(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
      case EMPTY -> ok.withHeader("Content-Type", "application/json");
      case OVERSIZED ->
          typed(ok, "application/json", "{\"title\":\"" + "x".repeat(100 * 1024) + "\"}");
      case XXE_ROW -> typed(ok, "application/xml", XXE);
      case EXPANSION_ROW -> typed(ok, "application/xml", EXPANSION);
      case UNKNOWN -> unknownFields(group, ok);
      case NULLS -> nulls(group, ok);
      case BOOL_10 -> typed(ok, "application/xml", booleans(group, "1", "0"));
      case BOOL_TF -> typed(ok, "application/xml", booleans(group, "true", "false"));
      case DATE_EPOCH, DATE_ISO, DATE_SPACED -> dated(fault, group, ok);
      case REFUSED, CONNECT_TIMEOUT, ECHOED ->
          throw new IllegalStateException("network faults have no answer");
    };
  }

  private static ResponseDefinitionBuilder typed(
      ResponseDefinitionBuilder answer, String type, String body) {
    return answer.withHeader("Content-Type", type).withBody(body);
  }

  private static ResponseDefinitionBuilder unknownFields(
      Group group, ResponseDefinitionBuilder ok) {
    return switch (group) {
      case HOME ->
          typed(
              ok,
              "application/json",
              group.json().replace("\"name\":", "\"future\":{\"x\":[1]},\"name\":"));
      case DEVICES ->
          typed(
              ok,
              "application/xml",
              group
                  .xml()
                  .replace("<Device ", "<Device futureAttribute=\"x\" ")
                  .replace("</MediaContainer>", "<FutureElement kind=\"new\"/></MediaContainer>"));
      case CONNECT ->
          typed(
              ok,
              "application/xml",
              identity(MACHINE, "1", "0")
                  .replace(
                      "/>",
                      " futureAttribute=\"x\"><Directory key=\"library\"/></MediaContainer>"));
      default -> typed(ok, "application/json", Fakes.padded(group.jsonFixture));
    };
  }

  private static ResponseDefinitionBuilder nulls(Group group, ResponseDefinitionBuilder ok) {
    return switch (group) {
      case DEVICES ->
          typed(
              ok,
              "application/xml",
              "<MediaContainer size=\"\"><Device name=\"\" id=\"\" createdAt=\"\" token=\"\"><Connection uri=\"\"/></Device></MediaContainer>");
      case CONNECT ->
          typed(
              ok,
              "application/xml",
              "<MediaContainer machineIdentifier=\"\" friendlyName=\"\" version=\"\"/>");
      case HOME ->
          typed(
              ok,
              "application/json",
              "{\"id\":null,\"name\":null,\"users\":[{\"id\":null,\"uuid\":null,"
                  + "\"title\":null,\"username\":null,\"admin\":null}]}");
      default -> typed(ok, "application/json", nulled(Fakes.resource(group.jsonFixture)));
    };
  }

  private static String booleans(Group group, String yes, String no) {
    return switch (group) {
      case ACCOUNT ->
          "<user id=\"1\" uuid=\"u\" title=\"t\" home=\""
              + yes
              + "\" guest=\""
              + no
              + "\" restricted=\""
              + no
              + "\"><subscription active=\""
              + yes
              + "\" status=\"Active\"/></user>";
      case RESOURCES ->
          "<resources><resource name=\"Box\" clientIdentifier=\"c\" owned=\""
              + yes
              + "\" presence=\""
              + no
              + "\"><connections><connection uri=\"https://x.plex.direct:1\" local=\""
              + yes
              + "\" relay=\""
              + no
              + "\" IPv6=\""
              + no
              + "\"/></connections></resource></resources>";
      case PINS ->
          "<pin id=\"5\" code=\"CODE\" trusted=\"" + yes + "\" newRegistration=\"" + no + "\"/>";
      case FRIENDS ->
          "<friends><friend id=\"1\" title=\"f\" home=\""
              + yes
              + "\" restricted=\""
              + no
              + "\"/></friends>";
      case HOME ->
          "<home id=\"1\"><User id=\"2\" uuid=\"kid\" admin=\""
              + no
              + "\" restricted=\""
              + yes
              + "\"/></home>";
      case CONNECT -> identity(MACHINE, yes, no);
      default -> group.xml();
    };
  }

  private static ResponseDefinitionBuilder dated(
      Fault fault, Group group, ResponseDefinitionBuilder ok) {
    String value =
        switch (fault) {
          case DATE_EPOCH -> "1609503144";
          case DATE_ISO -> "2021-01-01T12:12:24Z";
          default -> "2021-01-01 12:12:24 UTC";
        };
    return switch (group) {
      case ACCOUNT ->
          fault == Fault.DATE_EPOCH
              ? typed(
                  ok,
                  "application/json",
                  "{\"id\":1,\"uuid\":\"u\",\"title\":\"t\",\"joinedAt\":" + value + "}")
              : typed(
                  ok,
                  "application/xml",
                  "<user id=\"1\" uuid=\"u\" title=\"t\"><subscription active=\"1\" subscribedAt=\""
                      + value
                      + "\"/></user>");
      case RESOURCES ->
          typed(
              ok,
              "application/json",
              "[{\"name\":\"Box\",\"clientIdentifier\":\"c\",\"createdAt\":\"" + value + "\"}]");
      case DEVICES ->
          typed(
              ok,
              "application/xml",
              "<MediaContainer size=\"1\"><Device name=\"Box\" id=\"1\" createdAt=\""
                  + value
                  + "\"/></MediaContainer>");
      case PINS ->
          typed(
              ok,
              "application/json",
              "{\"id\":5,\"code\":\"CODE\",\"expiresAt\":\"" + value + "\"}");
      case WEBHOOKS -> typed(ok, "application/json", group.json());
      case CONNECT -> typed(ok, "application/xml", group.xml());
      case FRIENDS ->
          typed(ok, "application/json", "[{\"id\":1,\"friendshipCreatedAt\":\"" + value + "\"}]");
      case HOME -> typed(ok, "application/json", group.json());
    };
  }

  /** What each value cell must have read, beyond not failing. */
  private static void check(Fault fault, Group group, Object result) {
    Instant expectedDate = Instant.parse("2021-01-01T12:12:24Z");
    Function<Object, MyPlexResource> first =
        r -> ((List<?>) r).isEmpty() ? null : (MyPlexResource) ((List<?>) r).get(0);
    switch (fault) {
      case BOOL_10, BOOL_TF -> {
        switch (group) {
          case ACCOUNT ->
              assertTrue(
                  ((MyPlexAccount) result).isHome()
                      && !((MyPlexAccount) result).isGuest()
                      && ((MyPlexAccount) result).isSubscriptionActive());
          case RESOURCES ->
              assertTrue(
                  first.apply(result).isOwned()
                      && !first.apply(result).isPresence()
                      && first.apply(result).getConnections().get(0).isLocal());
          case CONNECT -> assertEquals(Boolean.TRUE, ((PlexServer) result).getModel().getMyPlex());
          case FRIENDS ->
              assertTrue(
                  ((MyPlexFriend) ((List<?>) result).get(0)).isHome()
                      && !((MyPlexFriend) ((List<?>) result).get(0)).isRestricted());
          case HOME ->
              assertTrue(
                  ((MyPlexHomeUser) ((List<?>) result).get(0)).isRestricted()
                      && !((MyPlexHomeUser) ((List<?>) result).get(0)).isAdmin());
          default -> {}
        }
      }
      case DATE_EPOCH, DATE_ISO, DATE_SPACED -> {
        switch (group) {
          case ACCOUNT ->
              assertEquals(
                  fault == Fault.DATE_EPOCH ? Instant.ofEpochSecond(1609503144) : expectedDate,
                  fault == Fault.DATE_EPOCH
                      ? ((MyPlexAccount) result).getJoinedAt()
                      : ((MyPlexAccount) result).getSubscribedAt());
          case RESOURCES ->
              assertEquals(
                  fault == Fault.DATE_EPOCH ? Instant.ofEpochSecond(1609503144) : expectedDate,
                  first.apply(result).getCreatedAt());
          case DEVICES ->
              assertEquals(
                  Instant.ofEpochSecond(1609503144),
                  ((MyPlexDevice) ((List<?>) result).get(0)).getCreatedAt());
          case PINS ->
              assertEquals(
                  fault == Fault.DATE_EPOCH ? Instant.ofEpochSecond(1609503144) : expectedDate,
                  ((WebLogin) result).getExpiresAt());
          case FRIENDS ->
              assertEquals(
                  fault == Fault.DATE_EPOCH ? Instant.ofEpochSecond(1609503144) : expectedDate,
                  ((MyPlexFriend) ((List<?>) result).get(0)).getFriendshipCreatedAt());
          default -> {}
        }
      }
      case UNKNOWN -> {
        if (group == Group.ACCOUNT) {
          assertEquals(
              "surprise",
              ((MyPlexAccount) result).getModel().getAdditionalProperty(Fakes.UNKNOWN_FIELD));
        }
      }
      default -> {}
    }
  }

  /** Calls every public no-argument getter of the result (and of list elements): none may throw. */
  static void touchEveryGetter(Object result) throws Exception {
    if (result instanceof Collection<?> items) {
      for (Object item : items) {
        touchEveryGetter(item);
      }
      return;
    }
    for (Method method : result.getClass().getMethods()) {
      boolean getter = method.getName().startsWith("get") || method.getName().startsWith("is");
      if (getter
          && method.getParameterCount() == 0
          && !Modifier.isStatic(method.getModifiers())
          && method.getDeclaringClass() != Object.class
          && !method.getName().equals("getPinLogin")) {
        Object value = method.invoke(result);
        if (value instanceof Collection<?> nested
            && !nested.isEmpty()
            && nested.iterator().next() instanceof ResourceConnection) {
          touchEveryGetter(nested);
        }
      }
    }
  }

  private static String identity(String machine, String yes, String no) {
    return "<MediaContainer size=\"0\" machineIdentifier=\""
        + machine
        + "\" friendlyName=\"f\" version=\"1.40\" myPlex=\""
        + yes
        + "\" claimed=\""
        + no
        + "\"/>";
  }

  private static String nulled(String json) {
    JsonElement root = JsonParser.parseString(json);
    nullify(root);
    return root.toString();
  }

  private static void nullify(JsonElement element) {
    if (element.isJsonObject()) {
      var object = element.getAsJsonObject();
      for (String key : List.copyOf(object.keySet())) {
        JsonElement child = object.get(key);
        if (child.isJsonPrimitive()) {
          object.add(key, JsonNull.INSTANCE);
        } else {
          nullify(child);
        }
      }
    } else if (element.isJsonArray()) {
      element.getAsJsonArray().forEach(FaultMatrix::nullify);
    }
  }
}
