package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * Who the layout says is signed in, and what their navigation offers, for each kind of demo user
 * (real Camunda users, groups and provinces).
 */
@IntegrationTest
class SignedInPersonTests {

    @Autowired
    People people;
    @LocalServerPort
    int port;

    @Test
    void aChiangMaiOfficerWorksForTheProvinceOfficeAndItsPages() {
        Person officer = people.find(DemoAccounts.CHIANG_MAI_OFFICER).orElseThrow();
        assertThat(officer.displayName()).isEqualTo("บุญมี ใจงาม");
        assertThat(officer.office()).isEqualTo("สำนักงานวัฒนธรรมจังหวัดเชียงใหม่");
        assertThat(hrefs(officer)).containsExactly("/", Navigation.TASKLIST, Navigation.CASES, Navigation.DASHBOARD, Navigation.OFFICE,
                Navigation.REGISTRY);
    }

    @Test
    void aDraOfficerAlsoHasTheReports() {
        Person dra = people.find(DemoAccounts.DRA_OFFICER).orElseThrow();
        assertThat(dra.displayName()).isEqualTo("วิไล ศาสนกิจ");
        assertThat(dra.office()).isEqualTo("กรมการศาสนา");
        assertThat(hrefs(dra)).containsExactly("/", Navigation.TASKLIST, Navigation.CASES, Navigation.DASHBOARD, Navigation.OFFICE,
                Navigation.NATIONAL_ROUNDS, Navigation.COCKPIT, Navigation.REGISTRY);
    }

    @Test
    void aManagerHasTasklistAndReportsButNoOfficeWork() {
        Person manager = people.find(DemoAccounts.MANAGER).orElseThrow();
        assertThat(manager.office()).isEqualTo("ผู้บริหาร");
        assertThat(hrefs(manager)).containsExactly("/", Navigation.TASKLIST, Navigation.CASES, Navigation.DASHBOARD, Navigation.COCKPIT,
                Navigation.REGISTRY);
    }

    @Test
    void anAdministratorHasTheAdministration() {
        Person admin = people.find(DemoAccounts.ADMIN).orElseThrow();
        assertThat(admin.displayName()).isEqualTo("ผู้ดูแล ระบบ");
        assertThat(admin.office()).isEqualTo("ผู้ดูแลระบบ");
        assertThat(hrefs(admin)).containsExactly("/", Navigation.TASKLIST, Navigation.CASES, Navigation.DASHBOARD, Navigation.COCKPIT, Navigation.ADMIN,
                Navigation.NOTIFICATIONS, Navigation.EMBLEM, Navigation.REGISTRY);
    }

    @Test
    void aCoordinatorHasTasklistAndTheirOrganisationsHome() {
        Person coordinator = people.find(DemoAccounts.DEMO_COORDINATOR).orElseThrow();
        assertThat(coordinator.office()).isEqualTo("ผู้ประสานงานองค์กร");
        assertThat(hrefs(coordinator)).containsExactly("/", Navigation.TASKLIST, Navigation.ORGANISATION,
                Navigation.REGISTRY);
    }

    @Test
    void anUnknownUserIsNobody() {
        assertThat(people.find("nobody.here")).isEmpty();
        assertThat(hrefs(null)).containsExactly("/", Navigation.REGISTRY, Navigation.CERTIFICATES, Navigation.STATUS);
    }

    @Test
    void theCurrentPageIsMarked() {
        Person officer = people.find(DemoAccounts.CHIANG_MAI_OFFICER).orElseThrow();
        assertThat(Navigation.of(Optional.of(officer), Navigation.OFFICE)).filteredOn(Navigation.Entry::current)
                .extracting(Navigation.Entry::label).containsExactly("งานของสำนักงาน");
        assertThat(Navigation.of(Optional.of(officer), Navigation.CASES)).filteredOn(Navigation.Entry::current)
                .extracting(Navigation.Entry::label).containsExactly("รายการองค์กร");
        assertThat(Navigation.of(Optional.of(officer), "/")).filteredOn(Navigation.Entry::current)
                .extracting(Navigation.Entry::label).containsExactly("หน้าแรก");
    }

    /** The header as the layout renders it for the officer signed in on the sign-in page. */
    @Test
    void theHeaderShowsTheSignedInOfficerTheirOfficeAndASignOutForm() throws Exception {
        HttpClient officer = SignIn.as(port, DemoAccounts.CHIANG_MAI_OFFICER, "demo");
        String page = officer.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        assertThat(page).contains("name=\"_csrf\"");
        assertThat(page).contains("<span class=\"name\">บุญมี ใจงาม</span>",
                "<span class=\"office\">สำนักงานวัฒนธรรมจังหวัดเชียงใหม่</span>",
                "<form class=\"sign-out\" method=\"post\" action=\"/logout\">", "ออกจากระบบ")
                .doesNotContain("เข้าสู่ระบบ</a>");
        String navigation = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        assertThat(navigation).contains("<a href=\"/camunda/app/tasklist/\">ระบบรายการงาน</a>",
                "<a href=\"/office\">งานของสำนักงาน</a>", "<a href=\"/\" aria-current=\"page\">หน้าแรก</a>")
                .doesNotContain(Navigation.COCKPIT, Navigation.ADMIN);
    }

    private static List<String> hrefs(Person person) {
        return Navigation.of(Optional.ofNullable(person), "/").stream().map(Navigation.Entry::href).toList();
    }
}
