package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.Browser;
import th.moralorg.support.IntegrationTest;

/** Every answer of ours carries the browser protections, and the webapps keep Camunda's (issue 9, item 8). */
@IntegrationTest
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void everyPageScriptStyleAndApiAnswerOfOursIsProtected() {
        List<String> paths = new ArrayList<>(List.of("/", "/api/provinces", "/api/cases/MO-0000-00-0000", "/no-such-page",
                "/dev/mail", "/swagger-ui/index.html", "/office", "/admin/notifications", "/kit"));
        for (File file : new File("src/main/resources/static").listFiles()) {
            paths.add("/" + file.getName());
        }
        assertThat(paths).contains("/moralorg.css");
        Browser browser = new Browser(port);
        for (String path : paths) {
            HttpResponse<String> answer = browser.send(browser.get(path));
            String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy).as(path).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'");
            assertThat(policy.replaceAll(".*script-src ([^;]*).*", "$1")).as(path).doesNotContain("unsafe-inline");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void thePolicyIsStrictNoInlineScriptOrStyleAnywhere() {
        String policy = new Browser(port).send(new Browser(port).get("/")).headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';", "style-src 'self';").doesNotContain("unsafe", "sha256-");
    }

    @Test
    void theWebappsSendCamundasPolicyWithFrameAncestorsAndNosniff() {
        Browser browser = new Browser(port).signIn(DemoAccounts.ADMIN, "demo");
        for (String path : new String[] {"/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
                "/camunda/app/admin/default/", "/camunda/api/engine/engine/"}) {
            HttpResponse<String> answer = browser.send(browser.get(path));
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-hashes"); // Camunda's own (with its nonce), not ours
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }
}
