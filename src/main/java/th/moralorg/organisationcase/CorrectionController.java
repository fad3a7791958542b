package th.moralorg.organisationcase;

import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;

/** The correction of form อ.01 through its one-time link, for API clients ({@link RegistrationCorrections}). */
@RestController
class CorrectionController {

    static final String CORRECTED = "ได้รับแบบ อ.01 ฉบับแก้ไขแล้ว สำนักงานวัฒนธรรมจังหวัดจะตรวจสอบอีกครั้ง";

    private final RegistrationCorrections corrections;

    CorrectionController(RegistrationCorrections corrections) {
        this.corrections = corrections;
    }

    /** What the organisation sent last, to fill the correction form; the link stays unused. */
    @GetMapping("/api/registrations/correction")
    ResponseEntity<Map<String, Object>> current(@RequestParam("token") String token) {
        return corrections.current(token)
                .map(current -> ResponseEntity.ok(Map.<String, Object>of(
                        "caseNumber", current.caseNumber(), "form", current.formJson())))
                .orElseThrow(() -> ApiProblem.gone(RegistrationCorrections.LINK_GONE));
    }

    @PostMapping("/api/registrations/correction")
    ResponseEntity<Map<String, Object>> correct(@RequestBody Map<String, Object> body) {
        RegistrationCorrections.Outcome outcome = corrections.correct(body);
        if (outcome instanceof RegistrationCorrections.Outcome.Corrected corrected) {
            return ResponseEntity.ok(Map.of("caseNumber", corrected.caseNumber(), "message", CORRECTED));
        }
        if (outcome instanceof RegistrationCorrections.Outcome.Invalid invalid) {
            throw new ApiProblem(400, invalid.detail(), invalid.errors());
        }
        throw ApiProblem.gone(((RegistrationCorrections.Outcome.Gone) outcome).detail());
    }
}
