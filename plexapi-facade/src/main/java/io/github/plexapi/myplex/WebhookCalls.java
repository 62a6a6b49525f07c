package io.github.plexapi.myplex;

import static io.github.plexapi.myplex.internal.convert.Convert.list;

import io.github.plexapi.generated.model.Webhook;
import io.github.plexapi.myplex.internal.session.PlexSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The account's webhooks: read, add, delete and replace, always answering the list plex.tv holds.
 */
final class WebhookCalls {
  private final PlexSession session;

  WebhookCalls(PlexSession session) {
    this.session = session;
  }

  List<String> webhooks() {
    return list(session.authorized(() -> session.apis().webhooks().getWebhooks())).stream()
        .map(Webhook::getUrl)
        .filter(Objects::nonNull)
        .toList();
  }

  List<String> addWebhook(String url) {
    Require.webhookUrl(url);
    List<String> current = webhooks();
    if (current.contains(url)) {
      return current;
    }
    List<String> updated = new ArrayList<>(current);
    updated.add(url);
    return setWebhooks(updated);
  }

  List<String> deleteWebhook(String url) {
    Require.text("url", url);
    List<String> current = webhooks();
    if (!current.contains(url)) {
      throw new NotFoundException(
          "no webhook " + url + " among the account's " + current.size(), 0, null);
    }
    List<String> updated = new ArrayList<>(current);
    updated.remove(url);
    return setWebhooks(updated);
  }

  List<String> setWebhooks(List<String> urls) {
    if (urls == null) {
      throw new IllegalArgumentException(
          "urls must not be null (an empty list clears the webhooks)");
    }
    urls.forEach(Require::webhookUrl);
    session.authorizedRun(() -> session.apis().webhooks().setWebhooks(List.copyOf(urls)));
    return webhooks();
  }
}
