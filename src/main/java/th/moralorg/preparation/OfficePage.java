package th.moralorg.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import th.moralorg.web.Redirects;
import th.moralorg.errors.ApiProblem;
import th.moralorg.event.EventPlanning;
import th.moralorg.event.ProvincialEvents;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.EventType;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.review.MeetingOpening;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;

/**
 * The office's home for a fiscal year (/office?year=&province=): the preparation of one province
 * (all of them for DRA), the year's events and subcommittee meetings, the trainers, the export of
 * certified organisations. Here because the preparation is the year's first step; events and
 * meetings are read and started through their packages' services, with the access checks of their
 * /api (a PCO officer only for their province, DRA for all).
 */
@PageController
class OfficePage {

    static final String PATH = "/office";

    private final PreparationOpening opening;
    private final Preparations preparations;
    private final RegistrationWindows windows;
    private final EventPlanning events;
    private final MeetingOpening meetings;
    private final TrainerRequests trainerRequests;
    private final Provinces provinces;
    private final IdentityService identity;
    private final Clock clock;

    OfficePage(PreparationOpening opening, Preparations preparations, RegistrationWindows windows,
            EventPlanning events, MeetingOpening meetings, TrainerRequests trainerRequests, Provinces provinces,
            IdentityService identity, Clock clock) {
        this.trainerRequests = trainerRequests;
        this.opening = opening;
        this.preparations = preparations;
        this.windows = windows;
        this.events = events;
        this.meetings = meetings;
        this.provinces = provinces;
        this.identity = identity;
        this.clock = clock;
    }

    /** Links in mail already sent and bookmarks: the same page, for good. */
    @GetMapping("/office.html")
    ResponseEntity<Void> oldAddress(HttpServletRequest request) {
        return Redirects.moved(request, PATH);
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String year, @RequestParam(required = false) String province,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        return render(PageCaller.of(request, identity), year, province, null, response, model);
    }

    /** Opens the preparation of the province, or (DRA, no province) of every province not yet opened. */
    @PostMapping(PATH + "/preparations")
    String openPreparation(@RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String provinceCode, @RequestParam(required = false) String province,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        // the national form opens all provinces from the page of the province shown, if any
        String shown = provinceCode == null || provinceCode.isBlank() ? province : provinceCode;
        try {
            PreparationOpening.Opened result = opening.open(caller, fiscalYear, provinceCode);
            String notice;
            if (provinceCode == null || provinceCode.isBlank()) {
                notice = "ปีงบประมาณ " + result.fiscalYear() + ": เปิดงานเตรียมการใหม่ " + result.opened().size()
                        + " จังหวัด (เปิดไว้แล้ว " + result.alreadyOpen().size() + " จังหวัด)";
            } else {
                String place = place(provinceCode);
                notice = result.opened().isEmpty()
                        ? "งานเตรียมการของ" + place + " ปีงบประมาณ " + result.fiscalYear() + " เปิดไว้แล้ว ไม่ได้เปิดซ้ำ"
                        : "เปิดงานเตรียมการของ" + place + " ปีงบประมาณ " + result.fiscalYear()
                                + " แล้ว งานจะปรากฏในระบบรายการงานของ สวจ.";
            }
            redirect.addFlashAttribute("notice", notice);
            return redirectTo(request, fiscalYear, shown);
        } catch (ApiProblem | FormValidationException refused) {
            return refused(caller, fiscalYear, shown, "preparation", refused, response, model);
        }
    }

    @PostMapping(PATH + "/events")
    String planEvent(@RequestParam Map<String, String> form, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        try {
            ProvincialEvents.Event event = events.plan(caller, new EventPlanning.EventInput(form.get("provinceCode"),
                    form.get("fiscalYear"), form.get("eventType"), form.get("title"), form.get("plannedOn"),
                    form.get("place")));
            redirect.addFlashAttribute("notice", "บันทึกแผนกิจกรรม \"" + event.eventTypeName() + ": " + event.title()
                    + "\" แล้ว (หมายเลข " + event.id() + ") เชิญองค์กรได้ที่หน้ากิจกรรม และยืนยันงานในระบบรายการงาน");
            redirect.addFlashAttribute("noticeLink", "/events/" + event.id());
            return redirectTo(request, form.get("fiscalYear"), form.get("provinceCode"));
        } catch (ApiProblem | FormValidationException refused) {
            model.addAttribute("eventForm", form);
            return refused(caller, form.get("fiscalYear"), form.get("provinceCode"), "event", refused, response, model);
        }
    }

    @PostMapping(PATH + "/meetings")
    String openMeeting(@RequestParam(required = false) String fiscalYear,
            @RequestParam(required = false) String provinceCode, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        try {
            long id = meetings.open(caller, fiscalYear, provinceCode);
            redirect.addFlashAttribute("notice", "เปิดการประชุมหมายเลข " + id + " แล้ว บัญชีรายชื่อเบื้องต้น "
                    + meetings.listed(id) + " เรื่อง งานถัดไป \"กำหนดวัน สถานที่ และองค์ประชุม\" อยู่ในระบบรายการงาน");
            redirect.addFlashAttribute("noticeLink", "/meetings/" + id);
            return redirectTo(request, fiscalYear, provinceCode);
        } catch (ApiProblem | FormValidationException refused) {
            return refused(caller, fiscalYear, provinceCode, "meeting", refused, response, model);
        }
    }

    /** The page again, with the refusal under what was refused (a section, or each field of the form). */
    private String refused(ApiCaller caller, String year, String province, String section, RuntimeException refusal,
            HttpServletResponse response, Model model) {
        ApiProblem refused = refusal instanceof FormValidationException invalid ? ApiProblem.invalid(invalid.errors())
                : (ApiProblem) refusal;
        model.addAttribute("refusedSection", section);
        model.addAttribute("refusal", refused.getMessage());
        model.addAttribute("errors", refused.fields());
        return render(caller, year, province, refused.status(), response, model);
    }

    private String render(ApiCaller caller, String yearParam, String provinceParam, Integer status,
            HttpServletResponse response, Model model) {
        int current = FiscalYear.containing(LocalDate.now(clock)).buddhistYear();
        int year = year(yearParam).orElse(current);
        TreeSet<Integer> years = new TreeSet<>(List.of(current - 2, current - 1, current, current + 1, year));
        List<Province> mine = provinces.findAll().stream().filter(p -> caller.mayActFor(p.code())).toList();
        model.addAttribute("year", year);
        model.addAttribute("currentYear", current);
        model.addAttribute("years", years);
        model.addAttribute("provinces", mine);
        model.addAttribute("dra", caller.isDra());
        model.addAttribute("zone", clock.getZone());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (mine.isEmpty()) {
            response.setStatus(403);
            model.addAttribute("forbidden", "ชื่อผู้ใช้นี้ไม่ได้สังกัด สวจ. หรือกรมการศาสนา จึงดำเนินการงานของจังหวัดไม่ได้");
            return "preparation/office";
        }
        if (caller.isDra()) {
            long opened = mine.stream().filter(p -> preparations.isOpened(new FiscalYear(year), p.code())).count();
            long registering = mine.stream().filter(p -> windows.isOpen(p.code(), year)).count();
            model.addAttribute("nationalOpened", opened);
            model.addAttribute("nationalRegistering", registering);
        }
        String code = provinceParam != null && !provinceParam.isBlank() ? provinceParam
                : mine.size() == 1 ? mine.get(0).code() : null;
        model.addAttribute("provinceCode", code);
        if (status != null) {
            response.setStatus(status);
        }
        if (code == null) {
            return "preparation/office";
        }
        Optional<Province> province = provinces.findByCode(code);
        if (province.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("forbidden", "ไม่พบจังหวัดรหัส " + code);
            return "preparation/office";
        }
        model.addAttribute("province", province.get());
        model.addAttribute("place", place(code));
        if (!caller.mayActFor(code)) {
            // as /api/events and /api/review-meetings refuse it: nothing of the province is read
            response.setStatus(403);
            model.addAttribute("forbidden", "ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส " + code);
            return "preparation/office";
        }
        model.addAttribute("preparationOpened", preparations.isOpened(new FiscalYear(year), code));
        model.addAttribute("registration", windows.find(code, year).orElse(null));
        model.addAttribute("events", events.ofProvince(caller, code, year));
        model.addAttribute("meetings", meetings.ofProvince(caller, code, year));
        model.addAttribute("eventTypes", EventType.values());
        model.addAttribute("openTrainerRequests", trainerRequests.countOpen(code));
        return "preparation/office";
    }

    private static Optional<Integer> year(String value) {
        try {
            int year = Integer.parseInt(value == null ? "" : value.trim());
            return year >= 2500 && year <= 2700 ? Optional.of(year) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "จังหวัดเชียงใหม่", but Bangkok is not a จังหวัด. */
    private String place(String code) {
        String name = provinces.findByCode(code).map(Province::nameTh).orElse(code);
        return name.equals("กรุงเทพมหานคร") ? name : "จังหวัด" + name;
    }

    private static String redirectTo(HttpServletRequest request, String year, String province) {
        UriComponentsBuilder to = UriComponentsBuilder.fromPath(PATH);
        year(year).ifPresent(y -> to.queryParam("year", y));
        if (province != null && !province.isBlank()) {
            to.queryParam("province", province);
        }
        return Redirects.seeOther(request, to.encode().toUriString());
    }
}
