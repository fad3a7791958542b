package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * Each webapp page carries the nonce its own Content-Security-Policy names, however many pages and
 * webapp requests are served at once: with another request's nonce a browser blocks every script
 * of the page, and the officer sees a blank Tasklist, Cockpit or Admin.
 */
@IntegrationTest
class WebappNoncesTests {

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
            "/camunda/app/admin/default/");

    @LocalServerPort
    int port;

    @Test
    void everyWebappPageServedAtOnceCarriesItsOwnNonce() throws Exception {
        HttpClient admin = SignIn.as(port, DemoAccounts.ADMIN, "demo");
        // where signing in lands, as a browser goes there: then everything at once
        assertThat(mismatch(admin, PAGES.get(0))).isNull();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                String page = PAGES.get(i % PAGES.size());
                // the webapps' own requests take a nonce too, between the pages
                String path = i % 2 == 0 ? page : "/camunda/api/admin/auth/user/default";
                answers.add(clients.submit((Callable<String>) () -> mismatch(admin, path)));
            }
            List<String> mismatches = new ArrayList<>();
            for (Future<String> answer : answers) {
                String mismatch = answer.get();
                if (mismatch != null) {
                    mismatches.add(mismatch);
                }
            }
            assertThat(mismatches).isEmpty();
        } finally {
            clients.shutdownNow();
        }
    }

    /** What is wrong with the page's nonces, or null: every script tag holds the header's nonce. */
    private String mismatch(HttpClient client, String path) throws Exception {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (!path.startsWith("/camunda/app/")) {
            return answer.statusCode() == 200 ? null : path + " answered " + answer.statusCode();
        }
        Matcher header = HEADER_NONCE.matcher(answer.headers().firstValue("Content-Security-Policy").orElse(""));
        if (answer.statusCode() != 200 || !header.find()) {
            return path + " answered " + answer.statusCode() + " without a nonce in its policy";
        }
        Matcher page = PAGE_NONCE.matcher(answer.body());
        int scripts = 0;
        while (page.find()) {
            scripts++;
            if (!page.group(1).equals(header.group(1))) {
                return path + ": the policy names " + header.group(1) + ", the page holds " + page.group(1);
            }
        }
        return scripts > 0 ? null : path + " holds no script with a nonce";
    }
}
