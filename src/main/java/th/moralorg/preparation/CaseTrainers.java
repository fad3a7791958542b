package th.moralorg.preparation;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A case's requests for a trainer as its case page lists them (seed 5.1.2). The case page reads
 * it only after its own access check (CaseAccess), so this reads nothing else of anyone.
 */
@Component
public class CaseTrainers {

    /** One request: what was asked, who was assigned (null while open), its sessions in Thai. */
    public record Line(String topic, String requestedOn, String trainerName, String assignedOn, List<String> sessions) {
    }

    private final TrainerRequests requests;

    CaseTrainers(TrainerRequests requests) {
        this.requests = requests;
    }

    public List<Line> of(String caseNumber) {
        return requests.ofCase(caseNumber).stream()
                .map(r -> TrainersPage.RequestRow.of(new TrainerAssignments.RequestView(r, requests.sessions(r.id()))))
                .map(row -> new Line(row.topic(), row.requestedOn(), row.trainerName(), row.assignedOn(),
                        row.sessions().stream().map(s -> s.heldOn() + " " + s.hours() + " ชั่วโมง ผู้เข้าร่วม "
                                + s.participantCount() + " คน: " + s.covered()).toList()))
                .toList();
    }
}
