package th.moralorg.organisationcase;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import th.moralorg.documents.DocumentRegister;

/**
 * "แจ้งองค์กรเตรียมรับการตรวจเยี่ยม" (seed 5.2.2(6)): numbers the notice of the visit the PCO has just
 * scheduled in the office's register, in the PCO's name, and tells the organisation by mail with
 * the visit, what to prepare and the link to the notice's PDF.
 */
@Component("prepareSiteVisit")
class PrepareSiteVisitDelegate implements JavaDelegate {

    private final CaseSteps steps;
    private final SiteVisits visits;
    private final SiteVisitNotice notice;

    PrepareSiteVisitDelegate(CaseSteps steps, SiteVisits visits, SiteVisitNotice notice) {
        this.steps = steps;
        this.visits = visits;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Cases.CaseSummary c = steps.caseOf(execution);
        SiteVisits.Visit visit = visits.of(c.caseNumber())
                .orElseThrow(() -> new IllegalStateException("No site visit scheduled for " + c.caseNumber()));
        DocumentRegister.Issued letter = notice.issue(c, visit.scheduledBy());
        steps.notify(execution, CaseNotification.Kind.SITE_VISIT_PREPARATION, Map.of(
                "visitDate", visit.visitDate(),
                "visitors", visit.visitors().stream().map(v -> v.name() + " (" + v.title() + ")")
                        .collect(Collectors.joining(", ")),
                "checklist", visit.checklist().stream().map(SiteVisits.Entry::shown).toList(),
                "noticeReference", letter.reference()));
    }
}
