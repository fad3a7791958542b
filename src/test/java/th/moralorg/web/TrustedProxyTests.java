package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import th.moralorg.support.Api;
import th.moralorg.support.EmbeddedDatabaseInitializer;
import th.moralorg.support.TestMailInitializer;

/**
 * Without MORALORG_TRUSTED_PROXIES no peer is a proxy, loopback included: a forged
 * X-Forwarded-For buys no new allowance. (The {@code IntegrationTest} context trusts loopback, as
 * an operator would name their proxy; RegistrationApiTests shows forwarded addresses counted apart.)
 * The same context as PasswordPolicyTests, so no extra application starts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedDatabaseInitializer.class, TestMailInitializer.class})
@TestPropertySource(properties = {"camunda.bpm.generic-properties.properties.enable-password-policy=true",
        "camunda.bpm.process-engine-name=policy", "camunda.bpm.webapp.enabled=false"})
class TrustedProxyTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${moralorg.public-forms.limit}")
    int limit;

    @Test
    void aForgedForwardedForFromAnUntrustedPeerGetsNoNewAllowance() {
        Api api = new Api(port);
        jdbc.sql("delete from mo.request_count").update();
        try {
            for (int i = 0; i < limit; i++) {
                assertThat(api.postJsonFrom("203.0.113." + (i + 1), "/api/registrations", "{}").statusCode())
                        .as("form %d", i + 1).isEqualTo(400);
            }
            assertThat(api.postJsonFrom("198.51.100.99", "/api/registrations", "{}").statusCode()).isEqualTo(429);
            assertThat(jdbc.sql("select counted_key from mo.request_count").query(String.class).list())
                    .as("counted by the peer's own address").allMatch(key -> !key.startsWith("203.0.113."));
        } finally {
            // the other tests of this context send public forms from loopback too
            jdbc.sql("delete from mo.request_count").update();
        }
    }
}
