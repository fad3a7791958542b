package th.moralorg.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    private final EventInvitations invitations;
    private final AsSystem asSystem;

    EventController(ProvincialEvents events, Provinces provinces, RuntimeService runtime,
            EventInvitations invitations, AsSystem asSystem) {
        this.asSystem = asSystem;
        this.invitations = invitations;
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
     * The cases the event's page offers for invitation: the event's province and fiscal year, neither
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
    Map<String, Object> invite(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody Invitation invitation) {
        EventInvitations.Invited invited = invitations.invite(caller, id, invitation.caseNumbers(), invitation.caseStatus());
        return Map.of("invited", invited.invited(), "participants", invited.participants());
    }

    @PutMapping("/api/events/{id}/attendance")
    Map<String, Object> attendance(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody Attendance attendance) {
        EventInvitations.Attended attended = invitations.attendance(caller, id, attendance.caseNumbers());
        return Map.of("attended", attended.attended(), "invited", attended.invited());
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
        return invitations.of(caller, id);
    }
}
