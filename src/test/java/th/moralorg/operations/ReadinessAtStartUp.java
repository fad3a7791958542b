package th.moralorg.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.moralorg.identity.DemoAccounts;

/**
 * The last start-up runner of every test context: notes the readiness it saw while the runners
 * (models, access, demo data) were still running, and whether the demo users were there by then,
 * for {@link ManagementPortTests}.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ReadinessAtStartUp implements ApplicationRunner {

    private final ApplicationAvailability availability;
    private final IdentityService identity;
    private volatile ReadinessState seen;
    private volatile boolean demoUsersThere;

    ReadinessAtStartUp(ApplicationAvailability availability, IdentityService identity) {
        this.availability = availability;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        seen = availability.getReadinessState();
        demoUsersThere = identity.createUserQuery().userId(DemoAccounts.ADMIN).count() == 1;
    }

    ReadinessState seen() {
        return seen;
    }

    boolean demoUsersThere() {
        return demoUsersThere;
    }
}
