package th.moralorg.support;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps mo.organisation_case.status current for the test stand-in of organisation-case, as the
 * real case process does on ProvincialDecision and NationalResult (docs/processes.md).
 */
@Component("caseStatusStandIn")
public class CaseStatusStandIn {

    private final JdbcClient jdbc;

    CaseStatusStandIn(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void afterProvincialDecision(DelegateExecution execution) {
        String status = switch (String.valueOf(execution.getVariable("provincialDecision"))) {
            case "CERTIFIED" -> "PROVINCIALLY_CERTIFIED";
            case "REVISE" -> "REVISION_REQUESTED";
            default -> "NOT_CERTIFIED";
        };
        set(execution.getProcessBusinessKey(), status);
    }

    public void afterNationalResult(DelegateExecution execution) {
        set(execution.getProcessBusinessKey(), "ENDORSED".equals(execution.getVariable("nationalResult"))
                ? "NATIONALLY_ENDORSED" : "NATIONALLY_NOT_ENDORSED");
    }

    private void set(String caseNumber, String status) {
        jdbc.sql("update mo.organisation_case set status = ?, updated_at = now() where case_number = ?")
                .params(status, caseNumber).update();
    }
}
