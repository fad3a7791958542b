package th.moralorg.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Level;
import th.moralorg.reference.NationalResult;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * DRA's national round (seed 5.2.2(4)): the rounds of each year, and per meeting the cases on it,
 * the cases of accepted provincial reports that await it (picked, never typed) and the record of
 * each case's result. The same service (NationalRoundService) and checks for every caller.
 */
@PageController
class NationalRoundPage {

    /** A case as the page shows it: on the meeting (with what was entered when refused) or awaiting. */
    record Row(String caseNumber, String organisationName, String provinceName, String levelName, boolean level3,
            boolean outstandingModel, String approved, String remarks, String resultName) {
    }

    /** A meeting in the list of rounds. */
    record Listed(int fiscalYear, int round, String bodyName, String path, String statusName, String meetingDate) {
    }

    private final NationalRoundService service;
    private final NationalRounds rounds;
    private final Provinces provinces;
    private final IdentityService identity;
    private final Clock clock;

    NationalRoundPage(NationalRoundService service, NationalRounds rounds, Provinces provinces, IdentityService identity,
            Clock clock) {
        this.service = service;
        this.rounds = rounds;
        this.provinces = provinces;
        this.identity = identity;
        this.clock = clock;
    }

    @GetMapping("/national/rounds")
    String list(HttpServletRequest request, Model model) {
        caller(request).requireDra();
        return listPage(Map.of(), null, model);
    }

    @PostMapping("/national/rounds")
    Object open(@RequestParam(required = false) String fiscalYear, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        try {
            int round = service.open(caller(request), fiscalYear);
            redirect.addFlashAttribute("notice", "เปิดการพิจารณาระดับชาติรอบที่ " + round + " ปีงบประมาณ " + fiscalYear + " แล้ว");
            return Redirects.seeOther("/national/rounds/" + fiscalYear.strip() + "/" + round + "/selection");
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(refused.errors(), fiscalYear, model);
        }
    }

    @GetMapping("/national/rounds/{year}/{round}/{body}")
    String show(@PathVariable int year, @PathVariable int round, @PathVariable String body, HttpServletRequest request,
            Model model) {
        ApiCaller caller = caller(request);
        return meetingPage(service.meeting(caller, year, round, body(body)), Map.of(), null, Map.of(), model);
    }

    @PostMapping("/national/rounds/{year}/{round}/{body}/cases")
    RedirectView put(@PathVariable int year, @PathVariable int round, @PathVariable String body,
            HttpServletRequest request, RedirectAttributes redirect) {
        List<String> chosen = values(request, "caseNumber");
        service.put(caller(request), year, round, body(body), chosen);
        redirect.addFlashAttribute("notice", "เพิ่ม " + chosen.size() + " เรื่องเข้าการประชุมแล้ว");
        return Redirects.seeOther(path(year, round, body));
    }

    @PostMapping("/national/rounds/{year}/{round}/{body}/cases/remove")
    RedirectView remove(@PathVariable int year, @PathVariable int round, @PathVariable String body,
            @RequestParam(name = "remove", required = false) String caseNumber, HttpServletRequest request,
            RedirectAttributes redirect) {
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new ApiProblem(400, "ไม่ได้ระบุเรื่องที่จะนำออกจากการประชุม", Map.of());
        }
        service.remove(caller(request), year, round, body(body), List.of(caseNumber));
        redirect.addFlashAttribute("notice", "นำเรื่อง " + caseNumber + " ออกจากการประชุมแล้ว");
        return Redirects.seeOther(path(year, round, body));
    }

    @PostMapping("/national/rounds/{year}/{round}/{body}/decision")
    Object decide(@PathVariable int year, @PathVariable int round, @PathVariable String body,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        NationalRounds.Meeting meeting = service.meeting(caller, year, round, body(body));
        Set<String> outstanding = Set.copyOf(values(request, "outstandingModel"));
        List<NationalRoundService.CaseDecision> cases = new ArrayList<>();
        Map<String, NationalRoundService.CaseDecision> entered = new LinkedHashMap<>();
        for (String n : values(request, "caseNumber")) {
            String approved = request.getParameter("approved." + n);
            var d = new NationalRoundService.CaseDecision(n, approved == null || approved.isBlank() ? null
                    : "YES".equals(approved), outstanding.contains(n), request.getParameter("remarks." + n));
            cases.add(d);
            entered.put(n, d);
        }
        var decision = new NationalRoundService.Decision(request.getParameter("meetingDate"),
                request.getParameter("place"), request.getParameter("remarks"), cases);
        try {
            service.decide(caller, year, round, meeting.body(), decision);
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return meetingPage(meeting, refused.errors(), decision, entered, model);
        }
        redirect.addFlashAttribute("notice", "บันทึกผล " + cases.size() + " เรื่องแล้ว ระบบแจ้งผลถึงรายงานของแต่ละจังหวัดแล้ว");
        return Redirects.seeOther(path(year, round, body));
    }

    private String listPage(Map<String, String> errors, String fiscalYear, Model model) {
        model.addAttribute("meetings", rounds.meetings().stream().map(m -> new Listed(m.fiscalYear(), m.round(),
                bodyName(m.body()), path(m.fiscalYear(), m.round(), m.body().toLowerCase()),
                m.isOpen() ? "เปิดอยู่" : "บันทึกผลแล้ว", m.meetingDate() == null ? "—" : ThaiDates.longDate(m.meetingDate())))
                .toList());
        model.addAttribute("fiscalYear", fiscalYear != null ? fiscalYear
                : String.valueOf(FiscalYear.containing(LocalDate.now(clock)).buddhistYear()));
        model.addAttribute("errors", errors);
        return "national/rounds";
    }

    private String meetingPage(NationalRounds.Meeting meeting, Map<String, String> errors,
            NationalRoundService.Decision typed, Map<String, NationalRoundService.CaseDecision> entered, Model model) {
        boolean selection = meeting.isSelection();
        model.addAttribute("meeting", meeting);
        model.addAttribute("selection", selection);
        model.addAttribute("open", meeting.isOpen());
        model.addAttribute("bodyName", bodyName(meeting.body()));
        model.addAttribute("path", path(meeting.fiscalYear(), meeting.round(), meeting.body().toLowerCase()));
        model.addAttribute("otherPath", path(meeting.fiscalYear(), meeting.round(), selection ? "committee" : "selection"));
        model.addAttribute("otherName", bodyName(selection ? NationalRounds.COMMITTEE : NationalRounds.SELECTION));
        model.addAttribute("statusName", meeting.isOpen() ? "เปิดอยู่ (ยังไม่บันทึกผล)" : "บันทึกผลแล้ว");
        model.addAttribute("meetingDateName", meeting.meetingDate() == null ? "—" : ThaiDates.longDate(meeting.meetingDate()));
        model.addAttribute("yesName", selection ? "ผ่านการคัดเลือก" : NationalResult.ENDORSED.thai());
        model.addAttribute("noName", selection ? "ไม่ผ่านการคัดเลือก" : NationalResult.NOT_ENDORSED.thai());
        model.addAttribute("notEndorsedName", NationalResult.NOT_ENDORSED.thai());
        model.addAttribute("rows", rounds.onMeeting(meeting).stream().map(c -> row(meeting, c, entered.get(c.caseNumber()))).toList());
        model.addAttribute("awaiting", meeting.isOpen()
                ? rounds.awaiting(meeting.body(), meeting.fiscalYear()).stream().map(c -> row(meeting, c, null)).toList() : List.of());
        model.addAttribute("typedDate", typed == null || typed.meetingDate() == null ? "" : typed.meetingDate().toString());
        model.addAttribute("typedPlace", typed == null ? "" : typed.place());
        model.addAttribute("typedRemarks", typed == null ? "" : typed.remarks());
        model.addAttribute("errors", errors);
        return "national/round";
    }

    private Row row(NationalRounds.Meeting meeting, NationalRounds.Case c, NationalRoundService.CaseDecision entered) {
        String approved = entered == null || entered.approved() == null ? null : entered.approved() ? "YES" : "NO";
        String result = meeting.isSelection()
                ? c.selected() == null ? null : c.selected() ? "ผ่านการคัดเลือก" : "ไม่ผ่านการคัดเลือก"
                : c.result() == null ? null : ThaiNames.of(NationalResult.class, c.result());
        return new Row(c.caseNumber(), c.organisationName(),
                provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode()),
                ThaiNames.of(Level.class, c.certifiedLevel()), c.certifiedLevel() == 3,
                entered != null ? entered.outstandingModel() : c.outstandingModel(), approved,
                entered != null ? entered.remarks() : c.remarks(), result);
    }

    private static String body(String path) {
        return switch (path) {
            case "selection" -> NationalRounds.SELECTION;
            case "committee" -> NationalRounds.COMMITTEE;
            default -> throw ApiProblem.notFound("ไม่มีการประชุมระดับชาติรอบนี้");
        };
    }

    private static String bodyName(String body) {
        return NationalRounds.SELECTION.equals(body)
                ? "คณะอนุกรรมการคัดเลือกชุมชน องค์กร หน่วยงานและจังหวัดคุณธรรม"
                : "คณะกรรมการส่งเสริมคุณธรรมแห่งชาติ";
    }

    private static String path(int year, int round, String body) {
        return "/national/rounds/" + year + "/" + round + "/" + body;
    }

    private ApiCaller caller(HttpServletRequest request) {
        return PageCaller.of(request, identity);
    }

    private static List<String> values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? List.of() : Arrays.stream(values).filter(v -> !v.isBlank()).map(String::strip).toList();
    }
}
