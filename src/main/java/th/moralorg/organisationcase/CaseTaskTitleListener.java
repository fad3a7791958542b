package th.moralorg.organisationcase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names each new task after its case, e.g. "ตรวจสอบแบบ อ.01 — โรงเรียนบ้านดอกไม้ (MO-2569-50-0042)",
 * so an inbox says what each task is about while the model keeps short names for Modeler.
 */
@Component("caseTaskTitle")
class CaseTaskTitleListener implements TaskListener {

    private final CaseSteps steps;

    CaseTaskTitleListener(CaseSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        Cases.CaseSummary c = steps.caseOf(task.getProcessInstanceId());
        task.setName(task.getName() + " — " + c.organisationName() + " (" + c.caseNumber() + ")");
    }
}
