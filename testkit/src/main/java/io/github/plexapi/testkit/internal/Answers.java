package io.github.plexapi.testkit.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.model.PlexError;
import io.github.plexapi.generated.model.PlexErrors;
import java.util.List;

/**
 * The answers the fake plex.tv gives, as plex.tv gives them: JSON, XML, empty, or its error body.
 */
final class Answers {
  private Answers() {}

  static ResponseDefinition json(int status, Object body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(status)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(JSON.serialize(body))
        .build();
  }

  static ResponseDefinition xml(String body) {
    return ResponseDefinitionBuilder.responseDefinition()
        .withStatus(200)
        .withHeader("Content-Type", "application/xml")
        .withBody(body)
        .build();
  }

  static ResponseDefinition empty(int status) {
    return ResponseDefinitionBuilder.responseDefinition().withStatus(status).build();
  }

  static ResponseDefinition error(int status, int code, String message) {
    PlexErrors errors =
        new PlexErrors()
            .errors(List.of(new PlexError().code(code).message(message).status(status)));
    return json(status, errors);
  }

  static String query(Request request, String name) {
    var parameter = request.queryParameter(name);
    return parameter.isPresent() ? parameter.firstValue() : null;
  }
}
