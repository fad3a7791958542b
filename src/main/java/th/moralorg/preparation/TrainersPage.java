package th.moralorg.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The province's trainer pool (seed 5.1.2) for its PCO and DRA: the list, a form to add a
 * trainer or edit one ({@code ?edit=id}), and a button per trainer to take them out of (or back
 * into) service. The same checks as /api/provinces/{code}/trainers (TrainerPool).
 */
@PageController
class TrainersPage {

    /** A trainer as the list shows them, with their sessions of this fiscal year. */
    record Row(long id, String name, String affiliation, String expertise, String contact, String email,
            boolean active, String updatedOn, String updatedBy, List<SessionRow> sessions) {
    }

    /** A recorded session as the pages show it: Buddhist-Era day, hours, what was covered. */
    record SessionRow(String heldOn, String hours, String covered, int participantCount) {

        static SessionRow of(TrainerRequests.Session s) {
            return new SessionRow(ThaiDates.longDate(s.heldOn()), s.hours().stripTrailingZeros().toPlainString(),
                    s.covered(), s.participantCount());
        }
    }

    /** A request as the PCO's list shows it: for whom, what, who was assigned, its sessions. */
    record RequestRow(long id, String forWhom, String forLink, String topic, String preferredDates, String remarks,
            String requestedOn, String requestedBy, Long trainerId, String trainerName, String assignedOn,
            String assignedBy, List<SessionRow> sessions) {

        static RequestRow of(TrainerAssignments.RequestView view) {
            TrainerRequests.Request r = view.request();
            boolean forCase = r.caseNumber() != null;
            return new RequestRow(r.id(), forCase ? r.organisationName() + " (" + r.caseNumber() + ")" : "กิจกรรม " + r.eventTitle(),
                    forCase ? "/cases/" + r.caseNumber() : "/events/" + r.eventId(), r.topic(), r.preferredDates(),
                    r.remarks(), ThaiDates.longDate(r.requestedAt().atZoneSameInstant(BANGKOK).toLocalDate()),
                    r.requestedBy(), r.trainerId(), r.trainerName(),
                    r.assignedAt() == null ? null : ThaiDates.longDate(r.assignedAt().atZoneSameInstant(BANGKOK).toLocalDate()),
                    r.assignedBy(), view.sessions().stream().map(SessionRow::of).toList());
        }
    }

    private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private final TrainerPool pool;
    private final TrainerAssignments assignments;
    private final Provinces provinces;
    private final IdentityService identity;
    private final Clock clock;

    TrainersPage(TrainerPool pool, TrainerAssignments assignments, Provinces provinces, IdentityService identity,
            Clock clock) {
        this.pool = pool;
        this.assignments = assignments;
        this.provinces = provinces;
        this.identity = identity;
        this.clock = clock;
    }

    /** The old static page's address, in the Tasklist form's link and in bookmarks. */
    @GetMapping("/trainers.html")
    ResponseEntity<Void> oldAddress(@RequestParam(required = false) String province) {
        if (province == null || !province.matches("\\d{2}")) {
            throw ApiProblem.notFound("ไม่ได้ระบุจังหวัด กรุณาเปิดหน้านี้จากลิงก์ในระบบรายการงาน");
        }
        return Redirects.moved(path(province));
    }

    @GetMapping("/provinces/{provinceCode}/trainers")
    String show(@PathVariable String provinceCode, @RequestParam(required = false) Long edit,
            HttpServletRequest request, Model model) {
        ApiCaller caller = caller(request);
        Trainers.Trainer editing = edit == null ? null : pool.find(caller, provinceCode, edit);
        TrainerPool.TrainerInput form = editing == null ? new TrainerPool.TrainerInput("", "", "", "", "", true)
                : new TrainerPool.TrainerInput(editing.name(), editing.affiliation(), editing.expertise(),
                        editing.contact(), editing.email(), editing.active());
        return page(caller, provinceCode, editing, form, Map.of(), model);
    }

    @PostMapping("/provinces/{provinceCode}/trainers")
    Object add(@PathVariable String provinceCode, @RequestParam Map<String, String> fields, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        TrainerPool.TrainerInput input = input(fields);
        try {
            Trainers.Trainer added = pool.add(caller, provinceCode, input);
            redirect.addFlashAttribute("notice", "เพิ่มวิทยากร " + added.name() + " แล้ว");
            return Redirects.seeOther(path(provinceCode));
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(caller, provinceCode, null, input, refused.errors(), model);
        }
    }

    @PostMapping("/provinces/{provinceCode}/trainers/{id}")
    Object update(@PathVariable String provinceCode, @PathVariable long id, @RequestParam Map<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        Trainers.Trainer editing = pool.find(caller, provinceCode, id);
        TrainerPool.TrainerInput input = input(fields);
        try {
            Trainers.Trainer saved = pool.update(caller, provinceCode, id, input);
            redirect.addFlashAttribute("notice", "บันทึกการแก้ไขวิทยากร " + saved.name() + " แล้ว");
            return Redirects.seeOther(path(provinceCode));
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(caller, provinceCode, editing, input, refused.errors(), model);
        }
    }

    /** Takes a trainer out of service or back, keeping what else is recorded of them. */
    @PostMapping("/provinces/{provinceCode}/trainers/{id}/active")
    Object setActive(@PathVariable String provinceCode, @PathVariable long id, @RequestParam boolean active,
            HttpServletRequest request, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        Trainers.Trainer t = pool.find(caller, provinceCode, id);
        pool.update(caller, provinceCode, id,
                new TrainerPool.TrainerInput(t.name(), t.affiliation(), t.expertise(), t.contact(), t.email(), active));
        redirect.addFlashAttribute("notice", (active ? "เปิดใช้งาน" : "ปิดการใช้งาน") + "วิทยากร " + t.name() + " แล้ว");
        return Redirects.seeOther(path(provinceCode));
    }

    /** Assigns a trainer of the pool to a request of the province (the select of each open request). */
    @PostMapping("/provinces/{provinceCode}/trainer-requests/{requestId}/trainer")
    Object assign(@PathVariable String provinceCode, @PathVariable long requestId,
            @RequestParam Map<String, String> fields, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        return onRequest(caller(request), provinceCode, requestId, response, model, redirect, caller -> "มอบหมาย "
                + assignments.assign(caller, requestId, fields.get("trainerId")).trainerName() + " แล้ว และแจ้งทางอีเมลแล้ว");
    }

    /** Records one session of the request's trainer. */
    @PostMapping("/provinces/{provinceCode}/trainer-requests/{requestId}/sessions")
    Object recordSession(@PathVariable String provinceCode, @PathVariable long requestId,
            @RequestParam Map<String, String> fields, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        return onRequest(caller(request), provinceCode, requestId, response, model, redirect, caller -> {
            assignments.recordSession(caller, requestId, new TrainerAssignments.SessionInput(fields.get("heldOn"),
                    fields.get("hours"), fields.get("covered"), fields.get("participantCount")));
            return "บันทึกการอบรมแล้ว";
        });
    }

    /**
     * Does {@code action} on one of the province's requests: back to the list at the request with
     * the notice it returns, or the list again (400) with the refusal at the request.
     */
    private Object onRequest(ApiCaller caller, String provinceCode, long requestId, HttpServletResponse response,
            Model model, RedirectAttributes redirect, Function<ApiCaller, String> action) {
        ownRequest(caller, provinceCode, requestId);
        try {
            redirect.addFlashAttribute("notice", action.apply(caller));
            return Redirects.seeOther(path(provinceCode) + "#request-" + requestId);
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("requestErrors", Map.of(requestId, String.join(" ", refused.errors().values())));
            return page(caller, provinceCode, null, new TrainerPool.TrainerInput("", "", "", "", "", true), Map.of(),
                    model);
        }
    }

    /** A request of another province under this province's address is not there. */
    private void ownRequest(ApiCaller caller, String provinceCode, long requestId) {
        if (assignments.ofProvince(caller, provinceCode).stream().noneMatch(v -> v.request().id() == requestId)) {
            throw ApiProblem.notFound("ไม่พบคำขอวิทยากรนี้ในจังหวัดนี้");
        }
    }

    private ApiCaller caller(HttpServletRequest request) {
        return PageCaller.of(request, identity);
    }

    private static TrainerPool.TrainerInput input(Map<String, String> fields) {
        // an unticked box sends nothing: not active
        return new TrainerPool.TrainerInput(fields.get("name"), fields.get("affiliation"), fields.get("expertise"),
                fields.get("contact"), fields.get("email"), fields.containsKey("active"));
    }

    private static String path(String provinceCode) {
        return "/provinces/" + UriUtils.encodePathSegment(provinceCode, "UTF-8") + "/trainers";
    }

    private String page(ApiCaller caller, String provinceCode, Trainers.Trainer editing, TrainerPool.TrainerInput form,
            Map<String, String> errors, Model model) {
        FiscalYear year = FiscalYear.containing(LocalDate.now(clock));
        List<Row> rows = pool.list(caller, provinceCode).stream().map(t -> new Row(t.id(), t.name(), t.affiliation(),
                t.expertise(), t.contact(), t.email(), t.active(),
                t.updatedAt() == null ? "—" : ThaiDates.longDate(t.updatedAt().atZoneSameInstant(BANGKOK).toLocalDate()),
                t.updatedBy(), assignments.sessionsOf(t.id(), year.firstDay(), year.lastDay()).stream()
                        .map(SessionRow::of).toList())).toList();
        model.addAttribute("fiscalYear", year.buddhistYear());
        model.addAttribute("requests", assignments.ofProvince(caller, provinceCode).stream().map(RequestRow::of).toList());
        model.addAttribute("assignable", rows.stream().filter(r -> r.active() && r.email() != null).toList());
        if (!model.containsAttribute("requestErrors")) {
            model.addAttribute("requestErrors", Map.of());
        }
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute("provinceCode", provinceCode);
        model.addAttribute("provinceName", provinces.findByCode(provinceCode).map(Province::nameTh).orElse(provinceCode));
        model.addAttribute("rows", rows);
        model.addAttribute("activeCount", rows.stream().filter(Row::active).count());
        model.addAttribute("editing", editing);
        model.addAttribute("form", form);
        Map<String, String> values = new HashMap<>();
        values.put("name", form.name());
        values.put("affiliation", form.affiliation());
        values.put("expertise", form.expertise());
        values.put("contact", form.contact());
        values.put("email", form.email() == null ? "" : form.email());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "preparation/trainers";
    }
}
