package th.moralorg.demo;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.identity.Roles;
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
    private final RuntimeService runtime;

    DemoData(IdentityService identity, RuntimeService runtime) {
        this.identity = identity;
        this.runtime = runtime;
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

    private void preparation(String provinceCode, FiscalYear year) {
        String businessKey = "PREP-" + year + "-" + provinceCode;
        if (runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count() == 0) {
            runtime.startProcessInstanceByKey("preparation", businessKey,
                    Map.of(ProvinceTenants.PROVINCE_VARIABLE, provinceCode, "fiscalYear", year.buddhistYear()));
        }
    }
}
