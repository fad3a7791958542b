package th.moralorg.event;

import java.util.List;
import java.util.Map;

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

import th.moralorg.documents.DocumentRegister;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
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
    private final EventInvitations invitations;
    private final EventCertificates certificates;

    EventController(ProvincialEvents events, EventPlanning planning, EventInvitations invitations,
            EventCertificates certificates) {
        this.certificates = certificates;
        this.invitations = invitations;
        this.events = events;
        this.planning = planning;
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
        return Map.of("event", event, "participants", events.participants(id), "honours", events.honours(id));
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

    /** Replaces who is honoured at the event (seed 5.2.2(7)): while it is planned, the province's officers or DRA. */
    @PutMapping("/api/events/{id}/honours")
    List<ProvincialEvents.Honour> honours(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody List<EventInvitations.HonourInput> honours) {
        return invitations.honours(caller, id, honours);
    }

    /** A new version of an event's certificate: the same number, "ฉบับแก้ไขครั้งที่ n"; the event's office only. */
    @PostMapping("/api/events/{id}/certificates/{documentId}/reissue")
    DocumentRegister.Issued reissue(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @PathVariable long documentId) {
        return certificates.reissue(caller, id, documentId);
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
