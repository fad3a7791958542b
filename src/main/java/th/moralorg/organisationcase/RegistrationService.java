package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import th.moralorg.identity.ProvinceTenants;
import th.moralorg.preparation.RegistrationWindows;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;

/**
 * Seed 5.2.1(1): takes form อ.01, gives the case its number and starts {@code organisation-case}
 * with {@code IntentSubmitted}, all in one transaction: a refusal stores nothing. A province takes
 * registrations once its preparation opened them for the fiscal year (seed 5.1.4).
 */
@Service
class RegistrationService {

    static final String INTENT_SUBMITTED = "IntentSubmitted";

    private final Cases cases;
    private final Provinces provinces;
    private final RuntimeService runtime;
    private final Clock clock;
    private final RegistrationWindows windows;
    private final CaseSteps steps;

    RegistrationService(Cases cases, Provinces provinces, RuntimeService runtime, Clock clock,
            RegistrationWindows windows, CaseSteps steps) {
        this.steps = steps;
        this.windows = windows;
        this.cases = cases;
        this.provinces = provinces;
        this.runtime = runtime;
        this.clock = clock;
    }

    sealed interface Outcome {
        record Registered(String caseNumber) implements Outcome {
        }

        record Invalid(Map<String, String> errors) implements Outcome {
        }

        record Duplicate(String existingCaseNumber, int fiscalYear) implements Outcome {
        }
    }

    @Transactional
    public Outcome register(Map<String, ?> input) {
        RegistrationForm.Result form = RegistrationForm.read(input, provinces, LocalDate.now(clock));
        if (form.registration() == null) {
            return new Outcome.Invalid(form.errors());
        }
        Registration r = form.registration();
        if (!windows.isOpen(r.provinceCode(), r.fiscalYear())) {
            String province = provinces.findByCode(r.provinceCode()).map(p -> p.nameTh()).orElse(r.provinceCode());
            return new Outcome.Invalid(Map.of("provinceCode", "จังหวัด" + province
                    + " ยังไม่เปิดรับแบบแสดงความจำนงสำหรับปีงบประมาณ พ.ศ. " + r.fiscalYear()
                    + " กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัด"));
        }
        try {
            return registerChecked(r);
        } catch (DuplicateKeyException raced) {
            // the same organisation registered at the same moment by another request, which won
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Outcome.Duplicate(null, r.fiscalYear());
        }
    }

    private Outcome registerChecked(Registration r) {
        Long organisationId = cases.findOrganisation(r.nameKey(), r.provinceCode()).orElse(null);
        if (organisationId != null) {
            var existing = cases.findCaseOf(organisationId, r.fiscalYear());
            if (existing.isPresent()) {
                return new Outcome.Duplicate(existing.get(), r.fiscalYear());
            }
        } else {
            organisationId = cases.insertOrganisation(r);
        }
        String caseNumber = cases.nextCaseNumber(r.fiscalYear(), r.provinceCode());
        cases.insertCase(caseNumber, organisationId, r, null);
        // a match by name and province with someone else's address never joins by itself (docs/processes.md)
        cases.flagOtherCoordinators(caseNumber);
        cases.addSubmission(caseNumber, "O01", r.asData(), null);
        Province province = provinces.findByCode(r.provinceCode()).orElseThrow();
        final long organisation = organisationId;
        steps.start(caseNumber, () -> runtime.createMessageCorrelation(INTENT_SUBMITTED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable("caseNumber", caseNumber)
                .setVariable("organisationId", organisation)
                .setVariable("organisationName", r.organisationName())
                .setVariable(ProvinceTenants.PROVINCE_VARIABLE, r.provinceCode())
                .setVariable("provinceName", province.nameTh())
                .setVariable("fiscalYear", r.fiscalYear())
                .correlateStartMessage());
        return new Outcome.Registered(caseNumber);
    }
}
