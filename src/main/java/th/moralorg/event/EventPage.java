package th.moralorg.event;

import java.util.List;
import java.util.Map;
import java.util.Set;

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

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.EventStatus;
import th.moralorg.reference.EventType;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * A provincial event's page (seed 5.2.2(1), (7)) for the PCO of its province and DRA: invite the
 * organisations, then mark who came. The same checks and transactions as /api/events
 * (EventInvitations); the Tasklist forms of the event link here.
 */
@PageController
class EventPage {

    /** A case that may still be invited, as the page lists it. */
    record Eligible(String caseNumber, String organisationName, String status, String statusName) {
    }

    private final EventInvitations invitations;
    private final ProvincialEvents events;
    private final Provinces provinces;
    private final IdentityService identity;
    private final EventCertificates certificates;

    EventPage(EventInvitations invitations, ProvincialEvents events, Provinces provinces, IdentityService identity,
            EventCertificates certificates) {
        this.certificates = certificates;
        this.invitations = invitations;
        this.events = events;
        this.provinces = provinces;
        this.identity = identity;
    }

    /** The old static page's address, in mail already sent and in bookmarks. */
    @GetMapping("/event.html")
    ResponseEntity<Void> oldAddress(@RequestParam(required = false) String id) {
        if (id == null || !id.matches("\\d{1,18}")) {
            throw ApiProblem.notFound("ไม่ได้ระบุหมายเลขกิจกรรม กรุณาเปิดหน้านี้จากลิงก์ในระบบรายการงาน");
        }
        return Redirects.moved("/events/" + id);
    }

    @GetMapping("/events/{id}")
    String show(@PathVariable long id, HttpServletRequest request, Model model) {
        return page(invitations.of(caller(request), id), Set.of(), Map.of(), model);
    }

    @PostMapping("/events/{id}/invitations")
    Object invite(@PathVariable long id, @RequestParam(name = "invite", required = false) List<String> picked,
            @RequestParam(required = false) String caseStatus, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ProvincialEvents.Event event = invitations.of(caller, id);
        List<String> numbers = picked == null ? List.of() : picked;
        try {
            EventInvitations.Invited invited = invitations.invite(caller, id, numbers, caseStatus);
            redirect.addFlashAttribute("notice", "เชิญเพิ่ม " + invited.invited() + " องค์กรแล้ว (ได้รับเชิญรวม "
                    + invited.participants() + " องค์กร)");
            return Redirects.seeOther("/events/" + id);
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(event, Set.copyOf(numbers), refused.errors(), model);
        }
    }

    @PostMapping("/events/{id}/attendance")
    Object attendance(@PathVariable long id, @RequestParam(name = "attended", required = false) List<String> attended,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ProvincialEvents.Event event = invitations.of(caller, id);
        List<String> numbers = attended == null ? List.of() : attended;
        try {
            EventInvitations.Attended saved = invitations.attendance(caller, id, numbers);
            redirect.addFlashAttribute("notice", "บันทึกผู้เข้าร่วม " + saved.attended() + " จาก " + saved.invited()
                    + " องค์กรแล้ว");
            return Redirects.seeOther("/events/" + id);
        } catch (ApiProblem refused) {
            if (refused.fields().isEmpty()) {
                throw refused;
            }
            response.setStatus(refused.status());
            return page(event, Set.of(), Map.of("attended", refused.fields().get("caseNumbers")), model);
        }
    }

    /** Who is honoured (seed 5.2.2(7)): the form's rows, organisation or person and why; blank rows are skipped. */
    @PostMapping("/events/{id}/honours")
    Object honours(@PathVariable long id, @RequestParam(name = "honourCase", required = false) String[] cases,
            @RequestParam(name = "honourPerson", required = false) String[] persons,
            @RequestParam(name = "honourReason", required = false) String[] reasons, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = caller(request);
        ProvincialEvents.Event event = invitations.of(caller, id);
        List<EventInvitations.HonourInput> rows = new java.util.ArrayList<>();
        int n = Math.max(length(cases), Math.max(length(persons), length(reasons)));
        for (int i = 0; i < n; i++) {
            EventInvitations.HonourInput row = new EventInvitations.HonourInput(at(cases, i), at(persons, i), at(reasons, i));
            if (row.caseNumber() != null || row.personName() != null || row.reason() != null) {
                rows.add(row);
            }
        }
        try {
            List<ProvincialEvents.Honour> saved = invitations.honours(caller, id, rows);
            redirect.addFlashAttribute("notice", "บันทึกผู้ได้รับการยกย่อง " + saved.size() + " รายการแล้ว");
            return Redirects.seeOther("/events/" + id);
        } catch (FormValidationException refused) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, String> errors = new java.util.HashMap<>();
            errors.put("honours", String.join(" ", refused.errors().values()));
            String view = page(event, Set.of(), errors, model);
            // the rows as typed, to correct, not the ones kept
            model.addAttribute("honourRows", java.util.stream.Stream.concat(rows.stream()
                    .map(r -> new ProvincialEvents.Honour(r.caseNumber(), null, r.personName(), r.reason(), null, null)),
                    blankHonours()).toList());
            return view;
        }
    }

    /**
     * A certificate of participation or of honour as PDF (issue 17), for the organisation, its
     * province's officers, DRA, managers, administrators; 404 in Thai for anyone else (docs/access.md).
     */
    @GetMapping("/cases/{caseNumber}/event-certificates/{documentId}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String caseNumber, @PathVariable long documentId,
            HttpServletRequest request) {
        return certificates.download(caller(request), caseNumber, documentId).asAttachment();
    }

    /** Three empty rows under the form's others, to add more. */
    private static java.util.stream.Stream<ProvincialEvents.Honour> blankHonours() {
        return java.util.stream.Stream.generate(() -> new ProvincialEvents.Honour(null, null, null, null, null, null)).limit(3);
    }

    private static int length(String[] values) {
        return values == null ? 0 : values.length;
    }

    private static String at(String[] values, int i) {
        return values == null || i >= values.length || values[i].isBlank() ? null : values[i];
    }

    private ApiCaller caller(HttpServletRequest request) {
        return PageCaller.of(request, identity);
    }

    private String page(ProvincialEvents.Event event, Set<String> ticked, Map<String, String> errors, Model model) {
        boolean open = "PLANNED".equals(event.status());
        List<ProvincialEvents.Participant> participants = events.participants(event.id());
        model.addAttribute("event", event);
        model.addAttribute("heading", ThaiNames.of(EventType.class, event.eventType()) + ": " + event.title());
        model.addAttribute("eventTypeName", ThaiNames.of(EventType.class, event.eventType()));
        model.addAttribute("statusName", ThaiNames.of(EventStatus.class, event.status()));
        model.addAttribute("provinceName", provinces.findByCode(event.provinceCode()).map(Province::nameTh)
                .orElse(event.provinceCode()));
        model.addAttribute("plannedOn", ThaiDates.longDate(event.plannedOn()));
        model.addAttribute("heldOn", event.heldOn() == null ? null : ThaiDates.longDate(event.heldOn()));
        model.addAttribute("open", open);
        model.addAttribute("eligible", events.eligibleCases(event).stream().filter(c -> !c.invited())
                .map(c -> new Eligible(c.caseNumber(), c.organisationName(), c.status(),
                        ThaiNames.of(CaseStatus.class, c.status())))
                .toList());
        model.addAttribute("participants", participants);
        List<ProvincialEvents.Honour> honours = events.honours(event.id());
        model.addAttribute("honours", honours);
        // the honours form: the rows kept, then blank ones to add more
        model.addAttribute("honourRows", java.util.stream.Stream.concat(honours.stream(), blankHonours()).toList());
        model.addAttribute("attendedCount", participants.stream().filter(ProvincialEvents.Participant::attended).count());
        model.addAttribute("ticked", ticked);
        model.addAttribute("errors", errors);
        return "event/event";
    }
}
