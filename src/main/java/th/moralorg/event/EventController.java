package th.moralorg.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
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
import th.moralorg.identity.AsSystem;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.EventType;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;

/** Provincial events (seed 5.2.2(1),(7)): plan, invite, record attendance; certificates per case. */
@RestController
class EventController {

    record EventInput(String provinceCode, Object fiscalYear, String eventType, String title, String plannedOn,
            String place) {
    }

    record Invitation(List<String> caseNumbers, String caseStatus) {
    }

    record Attendance(List<String> caseNumbers) {
    }

    private final ProvincialEvents events;
    private final Provinces provinces;
    private final RuntimeService runtime;
    private final NotificationService notifications;
    private final AsSystem asSystem;

    EventController(ProvincialEvents events, Provinces provinces, RuntimeService runtime,
            NotificationService notifications, AsSystem asSystem) {
        this.asSystem = asSystem;
        this.notifications = notifications;
        this.events = events;
        this.provinces = provinces;
        this.runtime = runtime;
    }

    @PostMapping("/api/events")
    @Transactional
    ResponseEntity<ProvincialEvents.Event> plan(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestBody EventInput input) {
        FieldErrors errors = new FieldErrors();
        provinces.read("provinceCode", input.provinceCode(), errors);
        Integer year = errors.number("fiscalYear", input.fiscalYear(), "ปีงบประมาณ (พ.ศ.)", 2500, 2700);
        Optional<EventType> type = ThaiNames.find(EventType.class, input.eventType());
        if (type.isEmpty()) {
            errors.add("eventType", "ประเภทกิจกรรมต้องเป็น " + ThaiNames.choices(List.of(EventType.values())));
        }
        String title = errors.text("title", input.title(), "ชื่อกิจกรรม", 300, true);
        LocalDate plannedOn = errors.date("plannedOn", input.plannedOn(), "วันที่จัดกิจกรรม");
        String place = errors.text("place", input.place(), "สถานที่", 300, true);
        errors.throwIfInvalid();
        caller.requireProvince(input.provinceCode());
        long id = events.create(input.provinceCode(), year, input.eventType(), title, plannedOn, place, caller.userId());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProvinceTenants.PROVINCE_VARIABLE, input.provinceCode());
        variables.put("fiscalYear", year);
        variables.put("eventId", id);
        variables.put("eventType", input.eventType());
        variables.put("eventTitle", type.get().thai() + ": " + title);
        // as the system, once the caller's province is checked; the instance is recorded on the row
        String instance = asSystem.start(ProvincialEvents.PROCESS_KEY, String.valueOf(id),
                () -> runtime.startProcessInstanceByKey(ProvincialEvents.PROCESS_KEY, "EVENT-" + id, variables).getId());
        if (!events.attachProcess(id, instance)) {
            throw new IllegalStateException("Event " + id + " belongs to another process instance");
        }
        return ResponseEntity.status(201).body(events.find(id).orElseThrow());
    }

    /** The events of one province and fiscal year, for office.html (PCO its own province, DRA any). */
    @GetMapping("/api/events")
    List<ProvincialEvents.Listed> list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String provinceCode, @RequestParam(required = false) String fiscalYear) {
        FieldErrors errors = new FieldErrors();
        provinces.read("provinceCode", provinceCode, errors);
        Integer year = errors.number("fiscalYear", fiscalYear, "ปีงบประมาณ (พ.ศ.)", 2500, 2700);
        errors.throwIfInvalid();
        caller.requireProvince(provinceCode);
        return events.ofProvince(provinceCode, year);
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
