package io.github.plexapi.myplex.internal.transport;

import io.github.plexapi.generated.ApiClient;
import io.github.plexapi.generated.ApiException;
import io.github.plexapi.generated.ApiResponse;
import io.github.plexapi.generated.JSON;
import io.github.plexapi.generated.Pair;
import io.github.plexapi.generated.auth.Authentication;
import io.github.plexapi.myplex.PlexApiException;
import io.github.plexapi.myplex.internal.json.ModelJson;
import io.github.plexapi.myplex.internal.xml.PlexXml;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The generated {@link ApiClient}, taught what plex.tv needs: answers decoded by their {@code
 * Content-Type} (XML through Jackson into the same generated models, JSON through Gson), bodies
 * bounded in size, and every failure thrown as a typed exception whose message holds no body,
 * header or token (the generated {@code ApiException} carries all three).
 */
public final class PlexApiClient extends ApiClient {
  private static final String TOKEN_SCHEME = "PlexToken";

  private final PlexXml xml;
  private final Failures failures;
  private final long maxBodyBytes;
  private final ThreadLocal<Long> pendingDeadline = new ThreadLocal<>();
  private final ThreadLocal<Long> refreshing = new ThreadLocal<>();
  private volatile BeforeAuthorizedCall beforeAuthorized;

  /**
   * Creates a client that sends through {@code httpClient}, with the token {@code tokens} holds.
   *
   * @param maxBodyBytes the largest answer body read; larger ones fail without being read whole
   */
  public PlexApiClient(
      OkHttpClient httpClient,
      PlexXml xml,
      Failures failures,
      long maxBodyBytes,
      TokenHolder tokens) {
    super(httpClient);
    this.xml = xml;
    this.failures = failures;
    this.maxBodyBytes = maxBodyBytes;
    Map<String, Authentication> schemes = new HashMap<>(authentications);
    schemes.put(TOKEN_SCHEME, new HeldTokenAuth(tokens));
    authentications = Map.copyOf(schemes);
  }

  /**
   * Runs {@code hook} before every request of this client that carries the token, with the
   * request's deadline; the request then gets what is left of that deadline.
   */
  public void beforeAuthorizedCalls(BeforeAuthorizedCall hook) {
    this.beforeAuthorized = hook;
  }

  @Override
  public void updateParamsForAuth(
      String[] authNames,
      List<Pair> queryParams,
      Map<String, String> headerParams,
      Map<String, String> cookieParams,
      String payload,
      String method,
      URI uri)
      throws ApiException {
    pendingDeadline.remove();
    Long refreshDeadline = refreshing.get();
    BeforeAuthorizedCall hook = beforeAuthorized;
    if (refreshDeadline != null) {
      pendingDeadline.set(refreshDeadline); // a refresh's own call: not refreshed again
    } else if (hook != null && Arrays.asList(authNames).contains(TOKEN_SCHEME)) {
      long timeout = getHttpClient().callTimeoutMillis();
      long deadline =
          System.nanoTime()
              + (timeout == 0 ? Long.MAX_VALUE / 4 : TimeUnit.MILLISECONDS.toNanos(timeout));
      refreshing.set(deadline);
      try {
        hook.prepare(deadline);
      } finally {
        refreshing.remove();
      }
      pendingDeadline.set(deadline);
    }
    super.updateParamsForAuth(
        authNames, queryParams, headerParams, cookieParams, payload, method, uri);
  }

  /**
   * The deadline a refresh before this request started from, if any: the request gets what is left
   * of it, so refreshing and sending fit in one timeout.
   */
  private void applyPendingDeadline(Call call) {
    Long deadline = pendingDeadline.get();
    if (deadline != null) {
      pendingDeadline.remove();
      call.timeout().timeout(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
  }

  @Override
  public <T> ApiResponse<T> execute(Call call, Type returnType) {
    Request request = call.request();
    applyPendingDeadline(call);
    try (Response response = call.execute()) {
      T data = handleResponse(response, returnType);
      return new ApiResponse<>(response.code(), response.headers().toMultimap(), data);
    } catch (IOException e) {
      throw failure(request, e);
    }
  }

  /**
   * The typed exception for a call that ended in {@code e}: the answer before a retry the deadline
   * cut off, a body over the limit, or a connection failure.
   */
  private RuntimeException failure(Request request, IOException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Retrying.LastAnswer last) {
        return statusFailure(last.response);
      }
      if (t instanceof Retrying.BodyTooLarge tooLarge) {
        return failures.unusable(request, tooLarge.status, tooLarge.getMessage());
      }
    }
    return failures.connection(request, e);
  }

  /** Refused: the generated debugging logs headers and bodies, tokens included, to stdout. */
  @Override
  public ApiClient setDebugging(boolean debugging) {
    throw new UnsupportedOperationException(
        "the generated client's debugging would log the token; use SLF4J at DEBUG for io.github.plexapi");
  }

  @Override
  public <T> T handleResponse(Response response, Type returnType) {
    if (!response.isSuccessful()) {
      throw statusFailure(response);
    }
    if (returnType == null || response.code() == 204) {
      response.close();
      return null;
    }
    return deserialize(response, returnType);
  }

  /** The typed exception for an error status, read from the answer's (bounded) error body. */
  private PlexApiException statusFailure(Response response) {
    byte[] body = readQuietly(response);
    ErrorBody error = ErrorBody.parse(body, response.header("Content-Type"), xml);
    String attempts = response.header(Retrying.ATTEMPTS);
    return failures.forStatus(
        response.request(),
        response.code(),
        error,
        response.header("Retry-After"),
        attempts == null ? 1 : Integer.parseInt(attempts));
  }

  @Override
  public <T> T deserialize(Response response, Type returnType) {
    Request request = response.request();
    byte[] body = read(response);
    String contentType = response.header("Content-Type");
    if (isBlank(body)) {
      throw failures.unusable(request, response.code(), "an empty body");
    }
    if (returnType == String.class) {
      @SuppressWarnings("unchecked")
      T text = (T) new String(body, StandardCharsets.UTF_8).trim();
      return text;
    }
    T value;
    switch (MediaTypes.of(contentType, body)) {
      case XML:
        value = decodeXml(request, response.code(), body, returnType);
        break;
      case JSON:
        value = decodeJson(request, response.code(), body, returnType);
        break;
      default:
        throw failures.unusable(
            request, response.code(), "an unexpected content type (" + safeType(contentType) + ")");
    }
    if (value == null) {
      throw failures.unusable(request, response.code(), "no " + name(returnType));
    }
    return value;
  }

  /**
   * Encodes a form as plex.tv reads it: a list is sent as its field repeated once per element
   * ({@code urls[]=a&urls[]=b}, the spec's {@code explode: true}) where the generated client would
   * join it with commas, and an empty list as the bare field with an empty value ({@code urls=}),
   * which is how plex.tv is told to clear it.
   */
  @Override
  public RequestBody buildRequestBodyFormEncoding(Map<String, Object> formParams) {
    FormBody.Builder form = new FormBody.Builder();
    for (Map.Entry<String, Object> param : formParams.entrySet()) {
      String name = param.getKey();
      if (param.getValue() instanceof Collection<?> values) {
        if (values.isEmpty()) {
          form.add(name.endsWith("[]") ? name.substring(0, name.length() - 2) : name, "");
        }
        for (Object value : values) {
          form.add(name, parameterToString(value));
        }
      } else {
        form.add(name, parameterToString(param.getValue()));
      }
    }
    return form.build();
  }

  private <T> T decodeXml(Request request, int status, byte[] body, Type type) {
    try {
      return xml.read(body, type);
    } catch (IOException | RuntimeException e) {
      throw failures.unusable(request, status, "XML that does not read as " + name(type));
    }
  }

  private <T> T decodeJson(Request request, int status, byte[] body, Type type) {
    try {
      return ModelJson.read(body, type); // one streaming pass over the bytes held
    } catch (RuntimeException e) {
      // Gson's and the generated validators' messages quote the body: never pass them on.
      throw failures.unusable(request, status, "JSON that does not read as " + name(type));
    }
  }

  private byte[] read(Response response) {
    if (response.body() instanceof HeldBody held) {
      response.close();
      return held.held(); // read whole inside the attempt
    }
    try {
      return BoundedBody.read(response.body(), maxBodyBytes);
    } catch (IOException e) {
      throw failures.connection(response.request(), e);
    } catch (BoundedBody.TooLarge e) {
      throw failures.unusable(response.request(), response.code(), e.getMessage());
    } finally {
      response.close();
    }
  }

  private byte[] readQuietly(Response response) {
    if (response.body() instanceof HeldBody held) {
      response.close();
      return held.held();
    }
    try {
      return BoundedBody.read(response.body(), Math.min(maxBodyBytes, 64 * 1024));
    } catch (IOException | BoundedBody.TooLarge e) {
      return new byte[0]; // the status alone still says what happened
    } finally {
      response.close();
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return false;
      }
    }
    return true;
  }

  private static String name(Type type) {
    return type instanceof Class
        ? ((Class<?>) type).getSimpleName()
        : type.getTypeName().replaceAll("[\\w.]+\\.", "");
  }

  private static String safeType(String contentType) {
    if (contentType == null) {
      return "none";
    }
    String type = contentType.split(";", 2)[0].trim();
    return type.matches("[\\w.+-]+/[\\w.+-]+") ? type : "unreadable";
  }
}
