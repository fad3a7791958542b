package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.identity.AsSystem;
import th.moralorg.reference.Provinces;

/**
 * Seed 5.2.1(1), the correction loop: the organisation sends a corrected อ.01 through the
 * one-time link the PCO's request produced (public: it has no account yet), by the API or the
 * page /register/correction. The province and fiscal year stay those of the case. One
 * transaction: a refusal stores nothing and leaves the link unused.
 */
@Service
class RegistrationCorrections {

    static final String INTENT_CORRECTED = "IntentCorrected";
    static final String LINK_GONE =
            "ลิงก์แก้ไขนี้ใช้ไม่ได้แล้ว (ใช้ไปแล้วหรือหมดอายุ) กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัด";

    /** The case a link opens and the อ.01 it last received (JSON). */
    record Current(String caseNumber, String formJson) {
    }

    sealed interface Outcome {
        record Corrected(String caseNumber) implements Outcome {
        }

        record Invalid(String detail, Map<String, String> errors) implements Outcome {
        }

        record Gone(String detail) implements Outcome {
        }
    }

    private final OneTimeLinks links;
    private final Cases cases;
    private final Provinces provinces;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AsSystem asSystem;

    RegistrationCorrections(OneTimeLinks links, Cases cases, Provinces provinces, RuntimeService runtime, Clock clock,
            AsSystem asSystem) {
        this.links = links;
        this.cases = cases;
        this.provinces = provinces;
        this.runtime = runtime;
        this.clock = clock;
        this.asSystem = asSystem;
    }

    /** What the organisation sent last, to fill the correction form; the link stays unused. */
    Optional<Current> current(String token) {
        return links.peek(OneTimeLinks.Purpose.CORRECTION, token)
                .flatMap(link -> cases.latestSubmission(link.caseNumber(), "O01")
                        .map(json -> new Current(link.caseNumber(), json)));
    }

    /** The corrected form with its link's {@code token}. */
    @Transactional
    Outcome correct(Map<String, ?> body) {
        Object token = body.get("token");
        var link = links.peek(OneTimeLinks.Purpose.CORRECTION, token instanceof String s ? s : null);
        if (link.isEmpty()) {
            return new Outcome.Gone(LINK_GONE);
        }
        Cases.CaseSummary c = cases.find(link.get().caseNumber()).orElseThrow();
        RegistrationForm.Result form = RegistrationForm.read(body, provinces, LocalDate.now(clock));
        if (form.registration() == null) {
            return new Outcome.Invalid(RegistrationController.INVALID, form.errors());
        }
        Registration r = form.registration();
        if (!r.provinceCode().equals(c.provinceCode()) || r.fiscalYear() != c.fiscalYear()) {
            return new Outcome.Invalid("แก้ไขจังหวัดหรือปีงบประมาณของเรื่องไม่ได้",
                    Map.of("provinceCode", "ต้องเป็นจังหวัดเดิมของเรื่อง", "fiscalYear", "ต้องเป็นปีงบประมาณเดิม"));
        }
        if (links.redeem(OneTimeLinks.Purpose.CORRECTION, (String) token).isEmpty()) {
            // the same link sent twice at once: the other request used it
            return new Outcome.Gone("ลิงก์แก้ไขนี้ถูกใช้ไปแล้ว");
        }
        // an organisation with earlier cases is theirs too: a correction never rewrites it (docs/processes.md)
        if (!cases.organisationHasOtherCases(c.organisationId(), c.caseNumber())) {
            cases.updateOrganisation(c.organisationId(), r);
        }
        cases.updateCoordinator(c.caseNumber(), r);
        cases.flagOtherCoordinators(c.caseNumber());
        cases.addSubmission(c.caseNumber(), "O01", r.asData(), null);
        // to the case's own instance, as the system (the sender proved the link, not an engine login)
        String instance = cases.instanceOf(c.caseNumber()).orElseThrow();
        asSystem.run(() -> runtime.createMessageCorrelation(INTENT_CORRECTED).processInstanceId(instance).correlate());
        return new Outcome.Corrected(c.caseNumber());
    }
}
