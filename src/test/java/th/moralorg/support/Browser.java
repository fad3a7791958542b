package th.moralorg.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;


/**
 * Requests as a browser sends them (java.net.http sends no Origin or Sec-Fetch-* of its own): from
 * a page of {@code origin} ({@code null} for a client without a browser), optionally signed in to
 * the webapps (a session with its CSRF token) or with HTTP Basic.
 */
public final class Browser {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private final String base;
    private String csrf;

    public Browser(int port) {
        this.port = port;
        this.base = "http://localhost:" + port;
    }

    public String ownOrigin() {
        return base;
    }

    /** Signs in on the sign-in page; the session then holds the login, Tasklist's CSRF token this browser. */
    public Browser signIn(String user, String password) {
        HttpResponse<String> login = SignIn.post(http, port, user, password, null);
        if (login.statusCode() != 302) {
            throw new AssertionError("sign-in of " + user + " failed: " + login.statusCode());
        }
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET());
        return this;
    }

    public HttpRequest.Builder form(String path, String body, String origin, String fetchSite) {
        return request(path, origin, fetchSite).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public HttpRequest.Builder json(String method, String path, String body, String origin, String fetchSite) {
        return request(path, origin, fetchSite).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    public HttpRequest.Builder multipart(String path, String part, String fileName, byte[] content, String origin,
            String fetchSite) {
        String boundary = "----browser" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                + fileName + "\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path, origin, fetchSite).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** Adds the CSRF token our pages' scripts send (from the cookie a page handed out). */
    public HttpRequest.Builder withOurCsrfToken(HttpRequest.Builder request) {
        return request.header(SignIn.CSRF_HEADER, SignIn.csrfToken(http));
    }

    public HttpRequest.Builder get(String path) {
        return request(path, null, null).GET();
    }

    public static HttpRequest.Builder basic(HttpRequest.Builder request, String user, String password) {
        return request.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path, String origin, String fetchSite) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (origin != null) {
            builder.header("Origin", origin);
        }
        if (fetchSite != null) {
            builder.header("Sec-Fetch-Site", fetchSite);
        }
        if (csrf != null) {
            builder.header("X-XSRF-TOKEN", csrf);
        }
        return builder;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the webapps hand out a new token with a new session (after the login)
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
