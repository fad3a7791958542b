package th.moralorg.identity;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import th.moralorg.support.SignIn;

/** Tasklist's own API as the browser calls it: signed in, with the session's CSRF token. */
final class TasklistSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String base;

    TasklistSession(int port, String user, String password) throws Exception {
        this.base = "http://localhost:" + port;
        HttpResponse<String> login = SignIn.post(http, port, user, password, null);
        if (login.statusCode() != 302) {
            throw new AssertionError("sign-in of " + user + ": " + login.statusCode());
        }
        // Tasklist's page hands out the webapps' own CSRF token
        http.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", csrf()).POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String csrf() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).reduce((first, last) -> last).orElseThrow();
    }
}
