package th.moralorg.national;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;
import th.moralorg.messaging.CaseMessages;

/**
 * The report of a national-forwarding instance, by the instance's id (recorded by
 * {@link RegisterProvincialReport}), never by {@code reportId} or {@code provinceCode} as
 * variables. Its tasks go to DRA (a literal group in the model).
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("nationalSteps")
public class NationalSteps implements ProvinceOfInstance {

    private final NationalReports reports;
    private final CaseMessages messages;

    NationalSteps(NationalReports reports, CaseMessages messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /**
     * The batches in which "แจ้งผลระดับชาติถึงแต่ละองค์กร" delivers the report's results, counted from
     * all of them: the engine reads the collection again for every instance.
     */
    public List<Integer> resultBatches(DelegateExecution execution) {
        return messages.batches(reports.count(report(execution.getProcessInstanceId()).id()));
    }

    /** Whether every case of the instance's report has its national result (the selection passed none of them). */
    public boolean allDecided(DelegateExecution execution) {
        return "DECIDED".equals(report(execution.getProcessInstanceId()).status());
    }

    @Override
    public Optional<ProvinceYear> find(String processInstanceId) {
        return reports.ofInstance(processInstanceId).map(r -> new ProvinceYear(r.provinceCode(), r.fiscalYear()));
    }

    NationalReports.Report report(String processInstanceId) {
        return reports.ofInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No national report of process instance " + processInstanceId));
    }
}
