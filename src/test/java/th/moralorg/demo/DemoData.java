package th.moralorg.demo;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.identity.Roles;
import th.moralorg.preparation.Preparations;
import th.moralorg.preparation.RegistrationWindows;
import th.moralorg.reference.FiscalYear;

/**
 * The local run's and the tests' demo: users with password "demo" and some work in their inboxes.
 * It lives in src/test, so the production jar cannot create it; production also refuses to start
 * while any demo user exists. Idempotent: only what is missing is created.
 */
@Component
@Profile("demo & !prod")
@Order(100)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final TaskService tasks;
    private final Preparations preparations;
    private final RegistrationWindows windows;
    private final JdbcClient jdbc;

    DemoData(IdentityService identity, TaskService tasks, Preparations preparations,
            RegistrationWindows windows, JdbcClient jdbc) {
        this.identity = identity;
        this.tasks = tasks;
        this.preparations = preparations;
        this.windows = windows;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        user(DemoAccounts.BANGKOK_OFFICER, "สมศรี", "รักษ์วัฒนธรรม", ProvinceTenants.officerGroupOf("10"));
        user(DemoAccounts.CHIANG_MAI_OFFICER, "บุญมี", "ใจงาม", ProvinceTenants.officerGroupOf("50"));
        user(DemoAccounts.DRA_OFFICER, "วิไล", "ศาสนกิจ", Roles.DRA);
        user(DemoAccounts.MANAGER, "ประเสริฐ", "บริหารดี", Roles.MANAGERS);
        user(DemoAccounts.ADMIN, "ผู้ดูแล", "ระบบ", Roles.ADMINISTRATORS);
        FiscalYear year = FiscalYear.containing(LocalDate.now());
        preparation("10", year);
        preparation("50", year);
    }

    private void user(String id, String firstName, String lastName, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(id + "@example.org");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(id, group);
        log.info("Demo user {} created (password '{}')", id, PASSWORD);
    }

    /** The province's preparation of the year, done: trainers kept, kit confirmed, registration open (5.1). */
    private void preparation(String provinceCode, FiscalYear year) {
        preparations.open(year, provinceCode, DemoAccounts.DRA_OFFICER);
        if (jdbc.sql("select count(*) from mo.trainer where province_code = ?").param(provinceCode)
                .query(Long.class).single() == 0) {
            jdbc.sql("""
                    insert into mo.trainer (province_code, name, affiliation, expertise, contact, active, updated_by)
                    values (?, 'นางสาวกานดา ใจดี', 'สำนักงานวัฒนธรรมจังหวัด', 'การขับเคลื่อนองค์กรคุณธรรม 9 ขั้นตอน',
                        '02-000-0000', true, ?)""").params(provinceCode, DemoAccounts.DRA_OFFICER).update();
        }
        String businessKey = Preparations.businessKey(year, provinceCode);
        String start = year.firstDay().plusDays(7).toString();
        String end = year.firstDay().plusDays(30).toString();
        Map<String, Map<String, Object>> answers = Map.of(
                "recordStaffOrientation", Map.of("orientationDate", start, "attendeeCount", 3,
                        "attendees", "นางสาวบุญมี ใจงาม นักวิชาการวัฒนธรรมชำนาญการ\nนายสุรชัย มีธรรม นักวิชาการวัฒนธรรม\n"
                                + "นางพรทิพย์ รักไทย เจ้าพนักงานธุรการ",
                        "materials", "สไลด์และวีดิทัศน์จากศูนย์คุณธรรม"),
                "keepTrainerPool", Map.of("trainerPoolConfirmed", true),
                "confirmDocumentKit", Map.of("kitForm01", true, "kitForm02", true, "kitForm03", true,
                        "kitForm04", true, "kitForm05", true, "kitGuideline", true),
                "recordOutreach", Map.of("channelProvincialMeeting", true, "channelOnline", true,
                        "outreachFrom", start, "outreachTo", end, "organisationsReached", 40));
        for (Task task = next(businessKey); task != null && answers.containsKey(task.getTaskDefinitionKey());
                task = next(businessKey)) {
            tasks.complete(task.getId(), answers.get(task.getTaskDefinitionKey()));
        }
        if (windows.isOpen(provinceCode, year.buddhistYear())) {
            log.info("Demo: registration open in province {} for fiscal year {}", provinceCode, year);
        }
    }

    private Task next(String businessKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().singleResult();
    }
}
