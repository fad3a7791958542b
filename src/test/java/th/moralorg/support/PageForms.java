package th.moralorg.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A signed-in client ({@link SignIn#as}) reading our pages and posting their forms as a browser does. */
public final class PageForms {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client;
    private final int port;

    public PageForms(HttpClient client, int port) {
        this.client = client;
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    /** Posts {@code form} (url-encoded) as it is, with no token unless it holds one. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The masked CSRF token the forms of {@code page} carry, as a field to append: {@code &_csrf=…}. */
    public String token(String page) {
        Matcher field = CSRF_FIELD.matcher(get(page).body());
        if (!field.find()) {
            throw new AssertionError(page + " carries no CSRF field");
        }
        return "&_csrf=" + URLEncoder.encode(field.group(1), StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
