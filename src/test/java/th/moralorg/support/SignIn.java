package th.moralorg.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Signs in as a browser does on our sign-in page: the page (its CSRF cookie), then the form.
 * The client must keep cookies (a {@link CookieManager}) and not follow redirects: a sign-in
 * answers 302 to the page to go to, a refused one 401 with the page again.
 */
public final class SignIn {

    public static final String CSRF_COOKIE = "MO-XSRF-TOKEN";
    public static final String CSRF_HEADER = "X-MO-XSRF-TOKEN";

    private SignIn() {
    }

    /** A new client with its own cookies, signed in; fails unless the sign-in succeeded. */
    public static HttpClient as(int port, String user, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> answer = post(client, port, user, password, null);
        if (answer.statusCode() != 302) {
            throw new AssertionError("sign-in of " + user + " answered " + answer.statusCode());
        }
        return client;
    }

    /** The sign-in form's answer; {@code forwardedFor}, when given, as a proxy would pass the client on. */
    public static HttpResponse<String> post(HttpClient client, int port, String user, String password,
            String forwardedFor) {
        return postForm(client, port, "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), forwardedFor);
    }

    /** The same with the form's body as given, e.g. with encoded field names. */
    public static HttpResponse<String> postForm(HttpClient client, int port, String body, String forwardedFor) {
        String base = "http://localhost:" + port;
        send(client, HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        HttpRequest.Builder form = HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(CSRF_HEADER, csrfToken(client))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (forwardedFor != null) {
            form.header("X-Forwarded-For", forwardedFor);
        }
        return send(client, form);
    }

    /** The CSRF token our pages' scripts send: the cookie's value. */
    public static String csrfToken(HttpClient client) {
        CookieManager cookies = (CookieManager) client.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(CSRF_COOKIE))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
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
