package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.WaitingOn;
import th.moralorg.validation.FieldErrors;
import th.moralorg.web.PageController;

/**
 * Where an organisation's case stands, for whoever knows its number and its coordinator's e-mail,
 * without signing in ({@code /status}, issue 16 item 4): the current stage, whom it waits on and
 * until when, and what happens next; nothing more. An unknown case and a wrong address get the
 * same answer, status and query (CasePositions.ofCoordinator), so the page never tells whether a
 * case number exists. A POST (the address is not for URLs and logs), with the CSRF token as every
 * form of ours, counted with the public forms (web.PublicFormRateLimit).
 */
@PageController
class StatusLookupPage {

    static final String PATH = "/status";
    private static final String TEMPLATE = "organisationcase/status";
    /** The statuses where the organisation acts through a link of the office's mail, not in Tasklist. */
    private static final Set<CaseStatus> BY_MAIL = Set.of(CaseStatus.CORRECTION_REQUESTED, CaseStatus.REVISION_REQUESTED);

    record Answer(String caseNumber, String stageName, String position, String next) {
    }

    private final CasePositions positions;
    private final Cases cases;
    private final Clock clock;

    StatusLookupPage(CasePositions positions, Cases cases, Clock clock) {
        this.positions = positions;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping(PATH)
    ModelAndView form() {
        return page(Map.of(), Map.of(), HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView lookUp(@RequestParam Map<String, String> input) {
        FieldErrors errors = new FieldErrors();
        String caseNumber = errors.text("caseNumber", input.get("caseNumber"), "เลขที่เรื่อง", 20, true);
        if (caseNumber != null) {
            caseNumber = caseNumber.toUpperCase(Locale.ROOT);
            if (!caseNumber.matches("MO-\\d{4}-\\d{2}-\\d{4}")) {
                errors.add("caseNumber", "เลขที่เรื่องมีรูปแบบ MO-ปี-จังหวัด-ลำดับ เช่น MO-2569-50-0042");
            }
        }
        String email = errors.email("email", input.get("email"), "อีเมลของผู้ประสานงาน");
        if (!errors.isEmpty()) {
            return page(input, errors.asMap(), HttpStatus.BAD_REQUEST);
        }
        Optional<Answer> answer = positions.ofCoordinator(caseNumber, email).map(this::answer);
        ModelAndView page = page(input, Map.of(), HttpStatus.OK);
        page.addObject("asked", true);
        answer.ifPresent(a -> page.addObject("answer", a));
        return page;
    }

    private Answer answer(CasePosition position) {
        CaseStatus status = cases.find(position.caseNumber()).flatMap(c -> ThaiNames.find(CaseStatus.class, c.status()))
                .orElse(null);
        String next = status != null && BY_MAIL.contains(status) ? OrganisationHome.WAITING.get(status)
                : position.waitingOn() == WaitingOn.ORGANISATION
                        ? "ผู้ประสานงานขององค์กรทำขั้นตอนนี้ในระบบรายการงาน โดยเข้าสู่ระบบด้วยบัญชีผู้ประสานงาน"
                : status == null ? "" : OrganisationHome.WAITING.get(status);
        return new Answer(position.caseNumber(), position.stageName(), position.text(clock.getZone()), next);
    }

    private static ModelAndView page(Map<String, String> input, Map<String, String> errors, HttpStatus status) {
        // the address typed is shown again, never the case's own
        ModelAndView page = new ModelAndView(TEMPLATE, status);
        page.addObject("form", input);
        page.addObject("errors", errors);
        return page;
    }
}
