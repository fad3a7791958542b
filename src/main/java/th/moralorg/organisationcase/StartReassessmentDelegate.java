package th.moralorg.organisationcase;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.identity.OrganisationAccess;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Provinces;

/**
 * Seed 5.2.1(5)–(6): each fiscal year is a case of its own. At the configured date the
 * organisation is invited to re-assess: the next year's case is opened, linked to this one and
 * to the organisation, and starts at the new year's plan (อ.04), so a level can be kept or raised.
 */
@Component("startReassessment")
class StartReassessmentDelegate implements JavaDelegate {

    static final String REASSESSMENT_STARTED = "ReassessmentStarted";

    private final Cases cases;
    private final RuntimeService runtime;
    private final CaseSteps steps;
    private final Provinces provinces;

    StartReassessmentDelegate(Cases cases, RuntimeService runtime, CaseSteps steps, Provinces provinces) {
        this.cases = cases;
        this.provinces = provinces;
        this.runtime = runtime;
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cases.CaseSummary previous = steps.caseOf(execution);
        int nextYear = previous.fiscalYear() + 1;
        if (cases.findCaseOf(previous.organisationId(), nextYear).isPresent()) {
            return; // the organisation registered for next year already
        }
        String caseNumber = cases.nextCaseNumber(nextYear, previous.provinceCode());
        cases.insertNextYearCase(caseNumber, previous, nextYear);
        cases.updateStatus(caseNumber, CaseStatus.IN_PROGRESS);
        steps.start(caseNumber, () -> runtime.createMessageCorrelation(REASSESSMENT_STARTED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable("caseNumber", caseNumber)
                .setVariable("previousCaseNumber", previous.caseNumber())
                .setVariable("organisationId", previous.organisationId())
                .setVariable("organisationName", previous.organisationName())
                .setVariable(ProvinceTenants.PROVINCE_VARIABLE, previous.provinceCode())
                .setVariable("provinceName", provinces.findByCode(previous.provinceCode()).orElseThrow().nameTh())
                .setVariable("fiscalYear", nextYear)
                .setVariable("coordinatorGroup", OrganisationAccess.groupOf(previous.organisationId()))
                .setVariable("coordinatorUserId", previous.coordinatorUserId())
                .correlateStartMessage());
        steps.notify(execution, CaseNotification.Kind.REASSESSMENT_DUE, Map.of("nextCaseNumber", caseNumber,
                "nextFiscalYear", nextYear));
    }
}
