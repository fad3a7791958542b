package th.moralorg.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Our server-rendered pages over HTTP, with a session of {@link SignIn}: open, post a form as a browser does. */
public final class Pages {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;

    public Pages(int port, HttpClient signedIn) {
        this.port = port;
        this.client = signedIn;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts the form's fields (already encoded) as they are: no CSRF field unless they hold one. */
    public HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Posts the form with the CSRF field of the page at {@code pagePath}, as the browser sends it. */
    public HttpResponse<String> postFrom(String pagePath, String path, String form) {
        return post(path, "_csrf=" + URLEncoder.encode(token(get(pagePath).body()), StandardCharsets.UTF_8) + "&" + form);
    }

    /** The CSRF field of the form on the page at {@code pagePath}, to append to a form: {@code &_csrf=…}. */
    public String csrfFieldOf(String pagePath) {
        return "&_csrf=" + URLEncoder.encode(token(get(pagePath).body()), StandardCharsets.UTF_8);
    }

    /** The CSRF field of the page's (first) form. */
    public static String token(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        assertThat(m.find()).as("the page's form carries its CSRF field").isTrue();
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
