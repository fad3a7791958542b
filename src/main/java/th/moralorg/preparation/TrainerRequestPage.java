package th.moralorg.preparation;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * A case's (or an event's) requests for a trainer (seed 5.1.2): the small form to ask for one
 * (topic, preferred dates, remarks), who was assigned, the sessions held. The organisation opens
 * it from its case page, the PCO from the case or event page; the same checks as the API.
 */
@PageController
class TrainerRequestPage {

    private final TrainerAssignments assignments;
    private final IdentityService identity;

    TrainerRequestPage(TrainerAssignments assignments, IdentityService identity) {
        this.assignments = assignments;
        this.identity = identity;
    }

    @GetMapping("/cases/{caseNumber}/trainer-requests")
    String ofCase(@PathVariable String caseNumber, HttpServletRequest request, Model model) {
        ApiCaller caller = PageCaller.of(request, identity);
        return page(assignments.ofCase(caller, caseNumber), "เรื่อง " + caseNumber, casePath(caseNumber),
                "/cases/" + caseNumber, blank(), Map.of(), model);
    }

    @PostMapping("/cases/{caseNumber}/trainer-requests")
    Object requestForCase(@PathVariable String caseNumber, @RequestParam Map<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        TrainerAssignments.RequestInput input = input(fields);
        try {
            assignments.requestForCase(caller, caseNumber, input);
            redirect.addFlashAttribute("notice", "ส่งคำขอวิทยากรแล้ว สำนักงานวัฒนธรรมจังหวัดจะแจ้งเมื่อมอบหมายวิทยากร");
            return Redirects.seeOther(casePath(caseNumber));
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(assignments.ofCase(caller, caseNumber), "เรื่อง " + caseNumber, casePath(caseNumber),
                    "/cases/" + caseNumber, input, refused.errors(), model);
        }
    }

    @GetMapping("/events/{eventId}/trainer-requests")
    String ofEvent(@PathVariable long eventId, HttpServletRequest request, Model model) {
        ApiCaller caller = PageCaller.of(request, identity);
        return page(assignments.ofEvent(caller, eventId), "กิจกรรม", eventPath(eventId), "/events/" + eventId, blank(),
                Map.of(), model);
    }

    @PostMapping("/events/{eventId}/trainer-requests")
    Object requestForEvent(@PathVariable long eventId, @RequestParam Map<String, String> fields,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        TrainerAssignments.RequestInput input = input(fields);
        try {
            assignments.requestForEvent(caller, eventId, input);
            redirect.addFlashAttribute("notice", "บันทึกคำขอวิทยากรแล้ว มอบหมายวิทยากรได้ที่หน้าทำเนียบวิทยากร");
            return Redirects.seeOther(eventPath(eventId));
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(assignments.ofEvent(caller, eventId), "กิจกรรม", eventPath(eventId), "/events/" + eventId,
                    input, refused.errors(), model);
        }
    }

    private static TrainerAssignments.RequestInput blank() {
        return new TrainerAssignments.RequestInput("", "", "");
    }

    private static TrainerAssignments.RequestInput input(Map<String, String> fields) {
        return new TrainerAssignments.RequestInput(fields.get("topic"), fields.get("preferredDates"), fields.get("remarks"));
    }

    private static String casePath(String caseNumber) {
        return "/cases/" + UriUtils.encodePathSegment(caseNumber, "UTF-8") + "/trainer-requests";
    }

    private static String eventPath(long eventId) {
        return "/events/" + eventId + "/trainer-requests";
    }

    private static String page(List<TrainerAssignments.RequestView> views, String subject, String action, String back,
            TrainerAssignments.RequestInput form, Map<String, String> errors, Model model) {
        List<TrainersPage.RequestRow> rows = views.stream().map(TrainersPage.RequestRow::of).toList();
        model.addAttribute("subject", rows.isEmpty() ? subject : rows.get(0).forWhom());
        model.addAttribute("rows", rows);
        model.addAttribute("action", action);
        model.addAttribute("back", back);
        model.addAttribute("values", Map.of("topic", form.topic() == null ? "" : form.topic(),
                "preferredDates", form.preferredDates() == null ? "" : form.preferredDates(),
                "remarks", form.remarks() == null ? "" : form.remarks()));
        model.addAttribute("errors", errors);
        return "preparation/trainer-requests";
    }
}
