package th.moralorg.organisationcase;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import th.moralorg.reference.CaseStatus;
import th.moralorg.validation.FormValidationException;

/**
 * Records the decisions that reach a case as messages (docs/processes.md): the provincial
 * subcommittee's (seed 5.2.2(3)) and the national bodies' (5.2.2(4)). A message with a payload
 * outside the contract is refused, so the sender's correlation fails and nothing is recorded.
 */
@Component("caseDecisions")
public class CaseDecisions {

    static final Set<String> PROVINCIAL = Set.of("CERTIFIED", "REVISE", "NOT_CERTIFIED");
    static final Set<String> NATIONAL = Set.of("ENDORSED", "NOT_ENDORSED");

    private final Cases cases;
    private final CaseSteps steps;
    private final NationalResultNotices notices;
    private final NationalCertificates nationalCertificates;

    CaseDecisions(Cases cases, CaseSteps steps, NationalResultNotices notices, NationalCertificates nationalCertificates) {
        this.nationalCertificates = nationalCertificates;
        this.cases = cases;
        this.steps = steps;
        this.notices = notices;
    }

    public void provincial(DelegateExecution execution) {
        FormFields f = new FormFields(execution.getVariables());
        String decision = f.choice("provincialDecision", "ผลการพิจารณาของคณะอนุกรรมการจังหวัด", PROVINCIAL);
        Integer level = "CERTIFIED".equals(decision) ? f.integer("certifiedLevel", "ระดับที่รับรอง", 1, 3) : null;
        String remarks = "REVISE".equals(decision)
                ? f.text("provincialRemarks", "ข้อเสนอแนะให้ปรับปรุง", 4000)
                : f.optionalText("provincialRemarks", "หมายเหตุ", 4000);
        // the parts to revise, as in checkCompleteness; none named: อ.02/อ.03 as before
        Map<String, Object> parts = "REVISE".equals(decision) ? RevisionParts.read(f) : Map.of();
        String by = decidedBy(f);
        boolean outstanding = Boolean.TRUE.equals(execution.getVariable("outstandingModel"));
        if (outstanding && (level == null || level != 3)) {
            f.error("outstandingModel", "ต้นแบบโดดเด่นเลือกได้เฉพาะองค์กรที่รับรองระดับ 3");
        }
        if (!f.valid()) {
            throw new FormValidationException(f.errors());
        }
        RevisionParts.VARIABLES.forEach(execution::removeVariable);
        parts.forEach(execution::setVariable);
        String caseNumber = steps.caseOf(execution).caseNumber();
        cases.addDecision(caseNumber, "PROVINCIAL", decision, level, remarks, by);
        switch (decision) {
            case "CERTIFIED" -> {
                cases.setCertification(caseNumber, level, outstanding);
                cases.updateStatus(caseNumber, CaseStatus.PROVINCIALLY_CERTIFIED);
            }
            case "REVISE" -> cases.updateStatus(caseNumber, CaseStatus.REVISION_REQUESTED);
            default -> cases.updateStatus(caseNumber, CaseStatus.NOT_CERTIFIED);
        }
        steps.notify(execution, CaseNotification.Kind.PROVINCIAL_DECISION, Map.of(
                "decision", decision, "level", level == null ? "" : level, "remarks", remarks == null ? "" : remarks,
                "parts", "REVISE".equals(decision) ? CaseSteps.revisionParts(execution) : List.of()));
    }

    /**
     * Who recorded the decision at the sender (a user id, as {@code case_decision.decided_by} keeps
     * it). Trusted as sent: only the engine's own delivery steps correlate these messages, as the
     * system ({@code messaging.CaseMessages}); nobody else holds the grant.
     */
    private static String decidedBy(FormFields f) {
        return f.optionalText("decidedBy", "ผู้บันทึกมติ", 64);
    }

    public void national(DelegateExecution execution) {
        FormFields f = new FormFields(execution.getVariables());
        String result = f.choice("nationalResult", "ผลการพิจารณาระดับชาติ", NATIONAL);
        String remarks = f.optionalText("nationalRemarks", "หมายเหตุ", 4000);
        String by = decidedBy(f);
        if (!f.valid()) {
            throw new FormValidationException(f.errors());
        }
        String caseNumber = steps.caseOf(execution).caseNumber();
        cases.addDecision(caseNumber, "NATIONAL", result, null, remarks, by);
        if (Boolean.TRUE.equals(execution.getVariable("outstandingModel"))) {
            cases.find(caseNumber).ifPresent(c -> cases.setCertification(caseNumber, c.certifiedLevel(), true));
        }
        cases.updateStatus(caseNumber, "ENDORSED".equals(result)
                ? CaseStatus.NATIONALLY_ENDORSED : CaseStatus.NATIONALLY_NOT_ENDORSED);
        // the office's letter, numbered with the result so that the mail can send the organisation to it
        Cases.CaseSummary decided = cases.find(caseNumber).orElseThrow();
        String notice = notices.issue(decided).reference();
        if ("ENDORSED".equals(result)) {
            nationalCertificates.issue(decided);
        }
        steps.notify(execution, CaseNotification.Kind.NATIONAL_RESULT, Map.of("result", result,
                "remarks", remarks == null ? "" : remarks, "noticeReference", notice,
                "outstandingModel", "ENDORSED".equals(result) && Boolean.TRUE.equals(execution.getVariable("outstandingModel"))));
    }
}
