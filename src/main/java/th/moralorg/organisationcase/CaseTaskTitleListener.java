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

    private final Cases cases;

    CaseTaskTitleListener(Cases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        cases.find(task.getExecution().getProcessBusinessKey()).ifPresent(c -> task.setName(
                task.getName() + " — " + c.organisationName() + " (" + c.caseNumber() + ")"));
    }
}
