package th.moralorg.organisationcase;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.reference.CaseStatus;

/**
 * Seed 5.2.1(1): the PCO asks for a corrected อ.01. The organisation has no account yet, so it
 * corrects through a one-time link to the public form, filled with what it sent before.
 */
@Component("requestIntentCorrection")
class RequestIntentCorrectionDelegate implements JavaDelegate {

    private final Cases cases;
    private final OneTimeLinks links;
    private final CaseSettings settings;
    private final CaseSteps steps;

    RequestIntentCorrectionDelegate(Cases cases, OneTimeLinks links, CaseSettings settings, CaseSteps steps) {
        this.cases = cases;
        this.links = links;
        this.settings = settings;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = steps.caseOf(execution).caseNumber();
        cases.updateStatus(caseNumber, CaseStatus.CORRECTION_REQUESTED);
        String token = links.issue(OneTimeLinks.Purpose.CORRECTION, caseNumber, null, settings.correctionWindow());
        steps.notify(execution, CaseNotification.Kind.CORRECTION_NEEDED, Map.of(
                "remarks", String.valueOf(execution.getVariable("intentRemarks")),
                "correctionUrl", settings.publicBaseUrl() + RegistrationPage.CORRECTION + "?token=" + token));
    }
}
