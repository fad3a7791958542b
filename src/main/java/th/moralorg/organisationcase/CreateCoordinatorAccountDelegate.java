package th.moralorg.organisationcase;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.identity.OrganisationAccess;
import th.moralorg.reference.CaseStatus;

/**
 * Seed 5.2.1(1), after the PCO accepts the intent: the coordinator gets a Tasklist account in a
 * group of their organisation only, and a one-time link to choose a password (never a password
 * by mail).
 */
@Component("createCoordinatorAccount")
class CreateCoordinatorAccountDelegate implements JavaDelegate {

    private final Cases cases;
    private final OrganisationAccess access;
    private final OneTimeLinks links;
    private final CaseSettings settings;
    private final CaseSteps steps;

    CreateCoordinatorAccountDelegate(Cases cases, OrganisationAccess access, OneTimeLinks links,
            CaseSettings settings, CaseSteps steps) {
        this.cases = cases;
        this.access = access;
        this.links = links;
        this.settings = settings;
        this.steps = steps;
    }

    /**
     * The coordinator logs in with their e-mail address, unless it does not fit Camunda's user ids
     * (letters, digits, . _ @ - and at most 64 characters): then "coordinator-<organisation id>".
     * The acceptance mail tells them which.
     */
    static String userIdFor(Cases.CaseSummary c) {
        String email = c.coordinatorEmail();
        return email.matches("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,63}") ? email : "coordinator-" + c.organisationId();
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cases.CaseSummary c = steps.caseOf(execution);
        String group = access.ensureGroup(c.organisationId(), c.organisationName(), c.provinceCode());
        String userId = userIdFor(c);
        boolean newUser = access.ensureCoordinator(userId, c.coordinatorName(), c.coordinatorEmail(), group);
        cases.setCoordinatorUser(c.caseNumber(), userId);
        cases.updateStatus(c.caseNumber(), CaseStatus.ACCEPTED);
        execution.setVariable("coordinatorGroup", group);
        execution.setVariable("coordinatorUserId", userId);
        String token = newUser
                ? links.issue(OneTimeLinks.Purpose.SET_PASSWORD, c.caseNumber(), userId, settings.setPasswordLinkValidity())
                : null;
        steps.notify(execution, CaseNotification.Kind.REGISTRATION_ACCEPTED, token == null
                ? Map.of("userId", userId)
                : Map.of("userId", userId, "setPasswordUrl",
                        settings.publicBaseUrl() + SetPasswordPage.PATH + "?token=" + token));
    }
}
