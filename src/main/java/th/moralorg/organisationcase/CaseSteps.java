package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.FiscalYear;

/**
 * Small steps the model calls by expression ({@code ${caseSteps.status(execution, 'SUBMITTED')}}
 * on a flow or event, {@code ${caseSteps.dueDate('reviewIntent')}} on a task), so that the case
 * status an officer reads always matches where the process is. Every step finds its case by the
 * process instance it runs in ({@link #caseOf}), never by the business key or a variable.
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("caseSteps")
public class CaseSteps {

    static final String PROCESS_KEY = "organisation-case";

    private final Cases cases;
    private final CaseSettings settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AsSystem asSystem;

    CaseSteps(Cases cases, CaseSettings settings, Clock clock, ApplicationEventPublisher events, AsSystem asSystem) {
        this.cases = cases;
        this.asSystem = asSystem;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    public void status(DelegateExecution execution, String status) {
        cases.updateStatus(caseOf(execution).caseNumber(), CaseStatus.valueOf(status));
    }

    /**
     * The package goes back to the organisation (seed 5.2.2(2)): the mail names the parts that
     * reopen, each with its remark ({@link RevisionParts}).
     */
    public void requestRevision(DelegateExecution execution) {
        status(execution, CaseStatus.REVISION_REQUESTED.name());
        Object remarks = execution.getVariable("completenessRemarks");
        notify(execution, CaseNotification.Kind.REVISION_REQUESTED, Map.of("parts", revisionParts(execution),
                "remarks", remarks == null ? "" : remarks));
    }

    /** Whether the part ({@link RevisionParts#code()}) opens for the organisation in this round. */
    public boolean reopens(DelegateExecution execution, String part) {
        return RevisionParts.marked(execution.getVariables()).contains(RevisionParts.ofCode(part));
    }

    /** The parts that reopen, as the organisation reads them: the part and its remark (none: the decision's). */
    static List<Map<String, String>> revisionParts(DelegateExecution execution) {
        Map<String, Object> variables = execution.getVariables();
        return RevisionParts.marked(variables).stream().map(p -> Map.of("label", p.label(),
                "remark", variables.get(p.remarkKey()) instanceof String s ? s : "")).toList();
    }

    /**
     * Sets the status and tells the organisation: what models deployed before {@link #requestRevision}
     * call on their packageIncomplete flow (cases started on them carry on there).
     */
    public void statusAndNotify(DelegateExecution execution, String status, String kind) {
        status(execution, status);
        notify(execution, CaseNotification.Kind.valueOf(kind), Map.of());
    }

    /** Tells the organisation (e.g. to prepare for site visits, seed 5.2.2(6)). */
    public void tell(DelegateExecution execution, String kind) {
        notify(execution, CaseNotification.Kind.valueOf(kind), Map.of());
    }

    /**
     * Candidate groups come from the case table, not from variables: a form may send any
     * variable, and none of them can move a task to another group.
     */
    public String officers(DelegateExecution execution) {
        return ProvinceTenants.officerGroupOf(caseOf(execution).provinceCode());
    }

    public String coordinators(DelegateExecution execution) {
        return OrganisationAccess.groupOf(caseOf(execution).organisationId());
    }


    public String correctionWindow() {
        return settings.correctionWindow().toString();
    }

    public Date dueDate(String taskId) {
        return Date.from(Instant.now(clock).plus(settings.dueAfter(taskId)));
    }

    /** The proposed level from the DMN decision, kept on the case. */
    public void keepProposedLevel(DelegateExecution execution) {
        Object level = execution.getVariable("proposedLevel");
        cases.setProposedLevel(caseOf(execution).caseNumber(), ((Number) level).intValue());
    }

    /** When the next fiscal year's re-assessment is offered: an ISO date for a timer. */
    public String reassessmentDate(DelegateExecution execution) {
        FiscalYear year = new FiscalYear(caseOf(execution).fiscalYear());
        LocalDate invitation = settings.reassessmentDay().atYear(year.lastDay().getYear());
        return invitation.atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
    }

    /**
     * Starts (as the system) the instance of a case whose row our code has just written, and
     * records the instance on the row in the same transaction.
     */
    ProcessInstance start(String caseNumber, Supplier<ProcessInstance> start) {
        ProcessInstance instance = asSystem.start(PROCESS_KEY, caseNumber, start);
        if (!cases.bindInstance(caseNumber, instance.getId())) {
            throw new IllegalStateException("Case " + caseNumber + " belongs to another process instance");
        }
        return instance;
    }

    Cases.CaseSummary caseOf(DelegateExecution execution) {
        return caseOf(execution.getProcessInstanceId());
    }

    /** The case of an instance: recorded on the row when the instance started. */
    Cases.CaseSummary caseOf(String processInstanceId) {
        return AsSystem.rowOf(PROCESS_KEY, processInstanceId, cases::ofInstance, cases::bindInstance)
                .orElseThrow(() -> new IllegalStateException("No case of process instance " + processInstanceId));
    }

    void notify(DelegateExecution execution, CaseNotification.Kind kind, Map<String, Object> data) {
        Cases.CaseSummary c = caseOf(execution);
        events.publishEvent(new CaseNotification(kind, c.caseNumber(), c.organisationName(), c.coordinatorEmail(),
                execution.getActivityInstanceId(), data));
    }
}
