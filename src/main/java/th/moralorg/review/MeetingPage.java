package th.moralorg.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.Decision;
import th.moralorg.reference.Level;
import th.moralorg.reference.MeetingStatus;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNamed;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FileNames;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The provincial subcommittee meeting (seed 5.2.2(2)-(3)) for its PCO secretariat and DRA: the
 * preliminary list, the resolutions per case, the minutes. The same service and checks as
 * /api/review-meetings (ReviewMeetingController); the Tasklist forms of the meeting link here.
 */
@PageController
class MeetingPage {

    /** One row of the list as the page shows it: stored, or as the officer entered it when refused. */
    record Row(String caseNumber, String organisationName, String proposedLevel, String score, List<String> stepScores,
            int documentsCount,
            boolean editable, String resolution, String resolutionName, String certifiedLevel, String certifiedLevelName,
            boolean outstandingModel, String remarks, boolean delivered, boolean reported, String heldBackReason) {
    }

    private static final Pattern ROW_FIELD = Pattern.compile("^resolutions\\[(\\d+)\\]\\.(\\w+)$");

    /** One of the meeting's papers on its page: where to get it, or why not yet. */
    record PaperLink(String id, String name, String pdf, String docx, String note) {
    }

    private final ReviewMeetingService service;
    private final ReviewMeetings meetings;
    private final ReviewMinutes minutes;
    private final MeetingPapers papers;
    private final Provinces provinces;
    private final IdentityService identity;

    MeetingPage(ReviewMeetingService service, ReviewMeetings meetings, ReviewMinutes minutes, MeetingPapers papers,
            Provinces provinces, IdentityService identity) {
        this.service = service;
        this.meetings = meetings;
        this.minutes = minutes;
        this.papers = papers;
        this.provinces = provinces;
        this.identity = identity;
    }

    /** The old static page's address, in mail already sent and in bookmarks. */
    @GetMapping("/meeting.html")
    ResponseEntity<Void> oldAddress(@RequestParam(required = false) String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw ApiProblem.notFound("ไม่ได้ระบุหมายเลขการประชุม กรุณาเปิดหน้านี้จากลิงก์ในระบบรายการงาน");
        }
        return Redirects.moved("/meetings/" + id);
    }

    @GetMapping("/meetings/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        ReviewMeetings.Meeting meeting = meetings.of(caller(request), id);
        return page(meeting, Map.of(), Map.of(), model);
    }

    @PostMapping("/meetings/{id}/resolutions")
    Object resolve(@PathVariable long id, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ReviewMeetings.Meeting meeting = meetings.of(caller, id);
        // one value per editable row, in the list's order; a ticked box sends its row's case number
        String[] cases = values(request, "caseNumber");
        String[] chosen = values(request, "resolution");
        String[] levels = values(request, "certifiedLevel");
        String[] remarks = values(request, "remarks");
        Set<String> outstanding = Set.of(values(request, "outstandingModel"));
        if (chosen.length != cases.length || levels.length != cases.length || remarks.length != cases.length) {
            throw new ApiProblem(400, "แบบฟอร์มไม่ครบ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง", Map.of());
        }
        Map<String, ReviewMeetingService.Resolution> entered = new LinkedHashMap<>();
        List<ReviewMeetingService.Resolution> sent = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            var row = new ReviewMeetingService.Resolution(cases[i], chosen[i], blankToNull(levels[i]),
                    outstanding.contains(cases[i]), remarks[i]);
            entered.put(cases[i], row);
            // a row without a resolution is not recorded (as before: the officer records the list in parts)
            if (!chosen[i].isBlank()) {
                sent.add(row);
            }
        }
        try {
            service.resolve(id, sent, caller.userId());
        } catch (FormValidationException refused) {
            // the service names rows by their place in what was sent: resolutions[2].remarks is the third row sent
            Map<String, String> errors = new LinkedHashMap<>();
            refused.errors().forEach((key, text) -> {
                Matcher m = ROW_FIELD.matcher(key);
                errors.put(m.matches() ? sent.get(Integer.parseInt(m.group(1))).caseNumber() + "." + m.group(2) : key,
                        text);
            });
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(meeting, entered, errors, model);
        }
        redirect.addFlashAttribute("notice", "บันทึกมติ " + sent.size() + " เรื่องแล้ว");
        return Redirects.seeOther("/meetings/" + id);
    }

    @PostMapping("/meetings/{id}/minutes")
    Object uploadMinutes(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ReviewMeetings.Meeting meeting = meetings.of(caller, id);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(meeting, Map.of(), Map.of("file", "กรุณาเลือกไฟล์รายงานการประชุม"), model);
        }
        try {
            service.uploadMinutes(id, file.getOriginalFilename(), file.getBytes(), caller.userId());
        } catch (ApiProblem refused) {
            if (refused.fields().isEmpty()) {
                throw refused;
            }
            response.setStatus(refused.status());
            return page(meeting, Map.of(), refused.fields(), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("notice", "อัปโหลดรายงานการประชุม " + FileNames.clean(file.getOriginalFilename()) + " แล้ว");
        return Redirects.seeOther("/meetings/" + id);
    }

    /** Holds a certified case back from the report DRA returned, with the reason DRA reads (issue 13 item 1). */
    @PostMapping("/meetings/{id}/held-back")
    Object holdBack(@PathVariable long id, @RequestParam(required = false) String caseNumber,
            @RequestParam(required = false) String heldBackReason, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ReviewMeetings.Meeting meeting = meetings.of(caller, id);
        try {
            service.holdBack(caller, id, caseNumber, heldBackReason);
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(meeting, Map.of(), Map.of("heldBack." + caseNumber, refused.errors().values().iterator().next()),
                    model);
        }
        redirect.addFlashAttribute("notice", "ถอนเรื่อง " + caseNumber + " ออกจากรายงานแล้ว จะส่งพร้อมรายงานฉบับถัดไปของจังหวัด");
        return Redirects.seeOther("/meetings/" + id);
    }

    @PostMapping("/meetings/{id}/held-back/release")
    RedirectView release(@PathVariable long id, @RequestParam(required = false) String caseNumber,
            HttpServletRequest request, RedirectAttributes redirect) {
        service.release(caller(request), id, caseNumber);
        redirect.addFlashAttribute("notice", "นำเรื่อง " + caseNumber + " กลับเข้ารายงานแล้ว");
        return Redirects.seeOther("/meetings/" + id);
    }

    @GetMapping("/meetings/{id}/minutes")
    ResponseEntity<byte[]> downloadMinutes(@PathVariable long id, HttpServletRequest request) {
        meetings.of(caller(request), id);
        return minutes.require(id).asAttachment();
    }

    /**
     * The meeting's papers (issue 17) as PDF or Word, for whom may open the meeting page; the two
     * letters are numbered on their first download by the province's officers (MeetingPapers).
     */
    @GetMapping("/meetings/{id}/papers/{paper}.{format}")
    ResponseEntity<byte[]> paper(@PathVariable long id, @PathVariable String paper, @PathVariable String format,
            HttpServletRequest request) {
        ApiCaller caller = caller(request);
        ReviewMeetings.Meeting meeting = meetings.of(caller, id);
        MeetingPapers.Paper which = MeetingPapers.Paper.of(paper).filter(p -> "pdf".equals(format) || "docx".equals(format))
                .orElseThrow(() -> ApiProblem.notFound("ไม่มีเอกสารนี้ของการประชุม"));
        return papers.render(meeting, which, "docx".equals(format), caller).asAttachment();
    }

    private static List<PaperLink> paperLinks(ReviewMeetings.Meeting meeting) {
        List<PaperLink> links = new ArrayList<>();
        for (MeetingPapers.Paper paper : MeetingPapers.Paper.values()) {
            String note = switch (paper) {
                case INVITATION -> meeting.meetingDate() == null ? "ออกได้หลังกำหนดวัน สถานที่ และองค์ประชุม" : null;
                case CERTIFIED_LIST_LETTER -> MeetingPapers.CONFIRMED.contains(meeting.status()) ? null
                        : "ออกได้หลังยืนยันมติในระบบรายการงาน";
                default -> null;
            };
            String base = "/meetings/" + meeting.id() + "/papers/" + paper.path;
            links.add(new PaperLink("paper-" + paper.path, paper.thai, note == null ? base + ".pdf" : null,
                    note == null ? base + ".docx" : null, note));
        }
        return links;
    }

    private ApiCaller caller(HttpServletRequest request) {
        return PageCaller.of(request, identity);
    }

    private String page(ReviewMeetings.Meeting meeting, Map<String, ReviewMeetingService.Resolution> entered,
            Map<String, String> errors, Model model) {
        boolean editable = "SCHEDULED".equals(meeting.status());
        List<ReviewMeetings.Item> items = meetings.items(meeting.id());
        model.addAttribute("meeting", meeting);
        model.addAttribute("statusName", ThaiNames.of(MeetingStatus.class, meeting.status()));
        model.addAttribute("provinceName", provinces.findByCode(meeting.provinceCode()).map(Province::nameTh)
                .orElse(meeting.provinceCode()));
        model.addAttribute("meetingDate", meeting.meetingDate() == null ? "—" : ThaiDates.longDate(meeting.meetingDate()));
        model.addAttribute("editable", editable);
        Map<String, List<String>> stepScores = meetings.stepScores(meeting.id());
        model.addAttribute("rows", items.stream().map(item -> row(item, stepScores.getOrDefault(item.caseNumber(), List.of()),
                editable, entered.get(item.caseNumber()))).toList());
        model.addAttribute("decidedCount", items.stream().filter(i -> i.resolution() != null).count());
        model.addAttribute("resolutionChoices", choices(ReviewMeetingService.RESOLUTIONS));
        model.addAttribute("levelChoices", choices(List.of(Level.values())));
        model.addAttribute("minutesUploaded", minutes.find(meeting.id()).isPresent());
        model.addAttribute("papers", paperLinks(meeting));
        Optional<String> returned = service.returnRemarks(meeting);
        model.addAttribute("correcting", returned.isPresent());
        model.addAttribute("returnRemarks", returned.orElse(null));
        model.addAttribute("errors", errors);
        return "review/meeting";
    }

    private static Row row(ReviewMeetings.Item item, List<String> stepScores, boolean editable,
            ReviewMeetingService.Resolution entered) {
        String score = item.score() == null ? "—" : item.score().stripTrailingZeros().toPlainString();
        boolean rowEditable = editable && !Decision.WITHDRAWN.code().equals(item.resolution());
        String resolution = entered != null ? entered.resolution() : item.resolution();
        String level = entered != null ? (String) entered.certifiedLevel()
                : item.certifiedLevel() == null ? null : item.certifiedLevel().toString();
        return new Row(item.caseNumber(), item.organisationName(), ThaiNames.of(Level.class, item.proposedLevel()),
                score, stepScores, item.documentsCount(), rowEditable, resolution, ThaiNames.of(Decision.class, item.resolution()),
                level, ThaiNames.of(Level.class, item.certifiedLevel()),
                entered != null ? Boolean.TRUE.equals(entered.outstandingModel()) : item.outstandingModel(),
                entered != null ? entered.remarks() : item.remarks(), "DELIVERED".equals(item.delivery()),
                Decision.CERTIFIED.code().equals(item.resolution()) && "DELIVERED".equals(item.delivery()),
                item.heldBackReason());
    }

    private static Map<String, String> choices(List<? extends ThaiNamed> allowed) {
        Map<String, String> choices = new LinkedHashMap<>();
        allowed.forEach(choice -> choices.put(choice.code(), choice.thai()));
        return choices;
    }

    private static String[] values(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        return values == null ? new String[0] : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
