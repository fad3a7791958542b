package th.moralorg.preparation;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.identity.ApiCaller;

/** Requests for a trainer (seed 5.1.2): asked for a case or an event, assigned and followed by the PCO. */
@RestController
class TrainerRequestController {

    private final TrainerAssignments assignments;

    TrainerRequestController(TrainerAssignments assignments) {
        this.assignments = assignments;
    }

    @PostMapping("/api/cases/{caseNumber}/trainer-requests")
    ResponseEntity<TrainerRequests.Request> requestForCase(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String caseNumber, @RequestBody TrainerAssignments.RequestInput input) {
        return ResponseEntity.status(201).body(assignments.requestForCase(caller, caseNumber, input));
    }

    @GetMapping("/api/cases/{caseNumber}/trainer-requests")
    List<TrainerAssignments.RequestView> ofCase(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String caseNumber) {
        return assignments.ofCase(caller, caseNumber);
    }

    @PostMapping("/api/events/{eventId}/trainer-requests")
    ResponseEntity<TrainerRequests.Request> requestForEvent(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long eventId, @RequestBody TrainerAssignments.RequestInput input) {
        return ResponseEntity.status(201).body(assignments.requestForEvent(caller, eventId, input));
    }

    @GetMapping("/api/events/{eventId}/trainer-requests")
    List<TrainerAssignments.RequestView> ofEvent(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long eventId) {
        return assignments.ofEvent(caller, eventId);
    }

    @GetMapping("/api/provinces/{provinceCode}/trainer-requests")
    List<TrainerAssignments.RequestView> ofProvince(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode) {
        return assignments.ofProvince(caller, provinceCode);
    }

    /** Body {@code {"trainerId": 7}}. */
    @PutMapping("/api/trainer-requests/{requestId}/trainer")
    TrainerRequests.Request assign(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long requestId, @RequestBody Map<String, Object> body) {
        return assignments.assign(caller, requestId, body.get("trainerId"));
    }

    @PostMapping("/api/trainer-requests/{requestId}/sessions")
    ResponseEntity<TrainerRequests.Session> recordSession(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long requestId, @RequestBody TrainerAssignments.SessionInput input) {
        return ResponseEntity.status(201).body(assignments.recordSession(caller, requestId, input));
    }
}
