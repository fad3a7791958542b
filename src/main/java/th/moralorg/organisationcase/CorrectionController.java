package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.AsSystem;
import th.moralorg.reference.Provinces;

/**
 * Seed 5.2.1(1), the correction loop: the organisation sends a corrected อ.01 through the
 * one-time link the PCO's request produced (public: it has no account yet). The province and
 * fiscal year stay those of the case.
 */
@RestController
class CorrectionController {

    static final String INTENT_CORRECTED = "IntentCorrected";
    private static final String LINK_GONE =
            "ลิงก์แก้ไขนี้ใช้ไม่ได้แล้ว (ใช้ไปแล้วหรือหมดอายุ) กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัด";

    private final OneTimeLinks links;
    private final Cases cases;
    private final Provinces provinces;
    private final RuntimeService runtime;
    private final Clock clock;
    private final AsSystem asSystem;

    CorrectionController(OneTimeLinks links, Cases cases, Provinces provinces, RuntimeService runtime, Clock clock,
            AsSystem asSystem) {
        this.asSystem = asSystem;
        this.links = links;
        this.cases = cases;
        this.provinces = provinces;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** What the organisation sent last, to fill the correction form; the link stays unused. */
    @GetMapping("/api/registrations/correction")
    ResponseEntity<Map<String, Object>> current(@RequestParam("token") String token) {
        return links.peek(OneTimeLinks.Purpose.CORRECTION, token)
                .flatMap(link -> cases.latestSubmission(link.caseNumber(), "O01").map(json -> Map.<String, Object>of(
                        "caseNumber", link.caseNumber(), "form", json)))
                .map(ResponseEntity::ok)
                .orElseThrow(() -> ApiProblem.gone(LINK_GONE));
    }

    @PostMapping("/api/registrations/correction")
    @Transactional
    ResponseEntity<Map<String, Object>> correct(@RequestBody Map<String, Object> body) {
        Object token = body.get("token");
        var link = links.peek(OneTimeLinks.Purpose.CORRECTION, token instanceof String s ? s : null);
        if (link.isEmpty()) {
            throw ApiProblem.gone(LINK_GONE);
        }
        Cases.CaseSummary c = cases.find(link.get().caseNumber()).orElseThrow();
        RegistrationForm.Result form = RegistrationForm.read(body, provinces, LocalDate.now(clock));
        if (form.registration() == null) {
            throw new ApiProblem(400, "ข้อมูลในแบบ อ.01 ไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้ง", form.errors());
        }
        Registration r = form.registration();
        if (!r.provinceCode().equals(c.provinceCode()) || r.fiscalYear() != c.fiscalYear()) {
            throw new ApiProblem(400, "แก้ไขจังหวัดหรือปีงบประมาณของเรื่องไม่ได้",
                    Map.of("provinceCode", "ต้องเป็นจังหวัดเดิมของเรื่อง", "fiscalYear", "ต้องเป็นปีงบประมาณเดิม"));
        }
        if (links.redeem(OneTimeLinks.Purpose.CORRECTION, (String) token).isEmpty()) {
            // the same link sent twice at once: the other request used it
            throw ApiProblem.gone("ลิงก์แก้ไขนี้ถูกใช้ไปแล้ว");
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
        return ResponseEntity.ok(Map.of("caseNumber", c.caseNumber(),
                "message", "ได้รับแบบ อ.01 ฉบับแก้ไขแล้ว สำนักงานวัฒนธรรมจังหวัดจะตรวจสอบอีกครั้ง"));
    }
}
