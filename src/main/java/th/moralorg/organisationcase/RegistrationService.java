package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.identity.ProvinceTenants;
import th.moralorg.preparation.RegistrationWindows;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;

/**
 * Seed 5.2.1(1): takes form อ.01, gives the case its number and starts {@code organisation-case}
 * with {@code IntentSubmitted}: the number in a short transaction of its own, then the case and its
 * process in one transaction, so that a refusal stores nothing. The number's transaction is apart
 * because the province's counter row stays locked until it commits: held through the process start,
 * it queued every registration of the province behind the one before (issue 14 item 4). A number
 * whose registration then fails (a race with the same organisation, a crash) is not reused: the
 * running numbers of a province may have a gap, never a repeat (docs/processes.md). A province
 * takes registrations once its preparation opened them for the fiscal year (seed 5.1.4).
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
    private final TransactionTemplate transactions;

    RegistrationService(Cases cases, Provinces provinces, RuntimeService runtime, Clock clock,
            RegistrationWindows windows, CaseSteps steps, TransactionTemplate transactions) {
        this.transactions = transactions;
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
        var registered = cases.findOrganisation(r.nameKey(), r.provinceCode())
                .flatMap(organisation -> cases.findCaseOf(organisation, r.fiscalYear()));
        if (registered.isPresent()) {
            return new Outcome.Duplicate(registered.get(), r.fiscalYear());
        }
        String caseNumber = transactions.execute(status -> cases.nextCaseNumber(r.fiscalYear(), r.provinceCode()));
        return transactions.execute(status -> {
            try {
                return registerChecked(r, caseNumber);
            } catch (DuplicateKeyException raced) {
                // the same organisation registered at the same moment by another request, which won
                status.setRollbackOnly();
                return new Outcome.Duplicate(null, r.fiscalYear());
            }
        });
    }

    private Outcome registerChecked(Registration r, String caseNumber) {
        Long organisationId = cases.findOrganisation(r.nameKey(), r.provinceCode()).orElse(null);
        if (organisationId != null) {
            var existing = cases.findCaseOf(organisationId, r.fiscalYear());
            if (existing.isPresent()) {
                return new Outcome.Duplicate(existing.get(), r.fiscalYear());
            }
        } else {
            organisationId = cases.insertOrganisation(r);
        }
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
