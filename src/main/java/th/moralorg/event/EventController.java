package th.moralorg.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/** Provincial events (seed 5.2.2(1),(7)): plan, invite, record attendance; certificates per case. */
@RestController
class EventController {

    record Invitation(List<String> caseNumbers, String caseStatus) {
    }

    record Attendance(List<String> caseNumbers) {
    }

    private final ProvincialEvents events;
    private final EventPlanning planning;
    private final Provinces provinces;
    private final NotificationService notifications;

    EventController(ProvincialEvents events, EventPlanning planning, Provinces provinces,
            NotificationService notifications) {
        this.notifications = notifications;
        this.events = events;
        this.planning = planning;
        this.provinces = provinces;
    }

    @PostMapping("/api/events")
    ResponseEntity<ProvincialEvents.Event> plan(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestBody EventPlanning.EventInput input) {
        return ResponseEntity.status(201).body(planning.plan(caller, input));
    }

    /** The events of one province and fiscal year, for the office page (PCO its own province, DRA any). */
    @GetMapping("/api/events")
    List<ProvincialEvents.Listed> list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String provinceCode, @RequestParam(required = false) String fiscalYear) {
        return planning.ofProvince(caller, provinceCode, fiscalYear);
    }

    @GetMapping("/api/events/{id}")
    Map<String, Object> get(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id) {
        ProvincialEvents.Event event = event(caller, id);
        return Map.of("event", event, "participants", events.participants(id));
    }

    /**
     * The cases event.html offers for invitation: the event's province and fiscal year, neither
     * rejected nor withdrawn, each with whether it is invited already.
     */
    @GetMapping("/api/events/{id}/eligible-cases")
    List<ProvincialEvents.EligibleCase> eligibleCases(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long id) {
        ProvincialEvents.Event event = event(caller, id);
        return events.eligibleCases(event);
    }

    /** Invites picked case numbers, or every case of the province and year in a status. */
    @PostMapping("/api/events/{id}/invitations")
    @Transactional
    Map<String, Object> invite(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody Invitation invitation) {
        ProvincialEvents.Event event = open(caller, id);
        FieldErrors errors = new FieldErrors();
        List<String> numbers = new ArrayList<>();
        boolean picked = invitation.caseNumbers() != null && !invitation.caseNumbers().isEmpty();
        boolean byStatus = invitation.caseStatus() != null && !invitation.caseStatus().isBlank();
        if (picked == byStatus) {
            errors.add("caseNumbers", "ระบุรายการเลขที่เรื่อง หรือสถานะของเรื่อง (caseStatus) อย่างใดอย่างหนึ่ง");
        } else if (picked) {
            List<String> known = events.casesOfProvince(event.provinceCode(), invitation.caseNumbers());
            List<String> unknown = invitation.caseNumbers().stream().filter(n -> !known.contains(n)).toList();
            if (!unknown.isEmpty()) {
                errors.add("caseNumbers", "ไม่พบเรื่องต่อไปนี้ในจังหวัดของกิจกรรม: " + String.join(", ", unknown));
            }
            numbers.addAll(known);
        } else {
            numbers.addAll(events.casesInStatus(event.provinceCode(), event.fiscalYear(), invitation.caseStatus()));
            if (numbers.isEmpty()) {
                errors.add("caseStatus", "ไม่มีเรื่องในสถานะ " + invitation.caseStatus() + " ของจังหวัดในปีงบประมาณนี้");
            }
        }
        errors.throwIfInvalid();
        int added = events.invite(id, numbers);
        mailInvitations(event, numbers);
        return Map.of("invited", added, "participants", events.participants(id).size());
    }

    /** Each invited organisation hears of the event by mail, once per event (seed 5.2.2(1), (7)). */
    private void mailInvitations(ProvincialEvents.Event event, List<String> caseNumbers) {
        String provinceName = provinces.findByCode(event.provinceCode()).map(p -> p.nameTh()).orElse("");
        for (ProvincialEvents.Invitee invitee : events.invitees(caseNumbers)) {
            Map<String, Object> model = new java.util.HashMap<>();
            model.put("organisationName", invitee.organisationName());
            model.put("provinceName", provinceName);
            model.put("eventName", event.title());
            model.put("eventDate", event.plannedOn());
            model.put("venue", event.place());
            notifications.enqueue("event-invitation", List.of(invitee.coordinatorEmail()), invitee.caseNumber(),
                    "event-invitation:" + invitee.caseNumber() + ":" + event.id(), model);
        }
    }

    @PutMapping("/api/events/{id}/attendance")
    @Transactional
    Map<String, Object> attendance(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody Attendance attendance) {
        open(caller, id);
        List<String> attended = attendance.caseNumbers() == null ? List.of() : attendance.caseNumbers();
        Set<String> invited = Set.copyOf(events.participants(id).stream().map(ProvincialEvents.Participant::caseNumber).toList());
        List<String> strangers = attended.stream().filter(n -> !invited.contains(n)).toList();
        if (!strangers.isEmpty()) {
            throw ApiProblem.invalid(Map.of("caseNumbers", "เรื่องต่อไปนี้ไม่ได้รับเชิญเข้าร่วมกิจกรรมนี้: "
                    + String.join(", ", strangers)));
        }
        events.attendance(id, attended);
        return Map.of("attended", attended.size(), "invited", invited.size());
    }

    @GetMapping("/api/cases/{caseNumber}/certificates")
    List<ProvincialEvents.Certificate> certificates(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String caseNumber) {
        String province = events.provinceOfCase(caseNumber)
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบเรื่องเลขที่ " + caseNumber));
        caller.requireProvince(province);
        return events.certificates(caseNumber);
    }

    @GetMapping("/api/organisations/{organisationId}/certificates")
    List<ProvincialEvents.Certificate> organisationCertificates(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long organisationId) {
        String province = events.provinceOfOrganisation(organisationId)
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบองค์กรหมายเลข " + organisationId));
        caller.requireProvince(province);
        return events.certificatesOfOrganisation(organisationId);
    }

    private ProvincialEvents.Event event(ApiCaller caller, long id) {
        ProvincialEvents.Event event = events.find(id).orElseThrow(() -> ApiProblem.notFound("ไม่พบกิจกรรมหมายเลข " + id));
        caller.requireProvince(event.provinceCode());
        return event;
    }

    private ProvincialEvents.Event open(ApiCaller caller, long id) {
        ProvincialEvents.Event event = event(caller, id);
        if (!"PLANNED".equals(event.status())) {
            throw ApiProblem.conflict("กิจกรรมนี้บันทึกผลแล้ว แก้ไขผู้เข้าร่วมไม่ได้");
        }
        return event;
    }
}
