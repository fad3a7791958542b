package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;
import th.moralorg.support.EmbeddedDatabaseInitializer;
import th.moralorg.support.TestMailInitializer;

/**
 * With production's password policy on, a coordinator's password is checked before it is set.
 * No demo users here: their password "demo" is outside the policy, as production requires.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedDatabaseInitializer.class, TestMailInitializer.class})
// an engine of its own name and no webapps: Camunda keeps both in static registries, which the
// other test contexts' REST API and webapps must keep finding
@TestPropertySource(properties = {"camunda.bpm.generic-properties.properties.enable-password-policy=true",
        "camunda.bpm.process-engine-name=policy", "camunda.bpm.webapp.enabled=false"})
class PasswordPolicyTests {

    @LocalServerPort
    int port;
    @Autowired
    CaseDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskService tasks;

    @Test
    void aPasswordOutsideThePolicyIsRefusedInThaiAndTheLinkStaysUsable() {
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        jdbc.sql("""
                insert into mo.registration_window (province_code, fiscal_year, opened_by, channels, outreach_from,
                    outreach_to, organisations_reached) values ('50', ?, 'test', 'หนังสือราชการ', ?, ?, 1)""")
                .params(year, LocalDate.now(), LocalDate.now()).update();
        Map<String, Object> form = CaseDriver.registrationForm("50", year);
        String caseNumber = driver.register(form);
        tasks.complete(driver.task(caseNumber).getId(), Map.of("intentDecision", "ACCEPT"));
        String token = MailLinks.await((String) form.get("coordinatorEmail"), "set-password\\?token=([A-Za-z0-9_-]+)");
        Api api = new Api(port);

        HttpResponse<String> thaiOnly = api.postJson("/api/accounts/set-password",
                "{\"token\":\"" + token + "\",\"password\":\"ดอกไม้บานสะพรั่ง2569\"}", null, null);
        assertThat(thaiOnly.statusCode()).isEqualTo(400);
        assertThat(thaiOnly.body()).contains("พิมพ์ใหญ่");

        HttpResponse<String> strong = api.postJson("/api/accounts/set-password",
                "{\"token\":\"" + token + "\",\"password\":\"Dokmai-Ban-2569!\"}", null, null);
        assertThat(strong.statusCode()).isEqualTo(200);
    }
}
