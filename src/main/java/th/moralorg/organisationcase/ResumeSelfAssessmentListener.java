package th.moralorg.organisationcase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The name the models deployed before the revision of parts (docs/processes.md) call on
 * selfAssess: cases started on them carry on there, and their self-assessment reopens as now.
 */
@Component("resumeSelfAssessment")
class ResumeSelfAssessmentListener implements TaskListener {

    private final ReopenPartListener reopen;

    ResumeSelfAssessmentListener(ReopenPartListener reopen) {
        this.reopen = reopen;
    }

    @Override
    public void notify(DelegateTask task) {
        reopen.notify(task);
    }
}
