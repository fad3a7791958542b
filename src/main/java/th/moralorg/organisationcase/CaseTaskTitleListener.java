package th.moralorg.organisationcase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names each new task after its case, e.g. "ตรวจสอบแบบ อ.01 — โรงเรียนบ้านดอกไม้ (MO-2569-50-0042)",
 * so an inbox says what each task is about while the model keeps short names for Modeler. The PCO's
 * review of a registration that matched an organisation with other coordinators says so in its
 * description, with both addresses.
 */
@Component("caseTaskTitle")
class CaseTaskTitleListener implements TaskListener {

    private final CaseSteps steps;
    private final Cases cases;

    CaseTaskTitleListener(CaseSteps steps, Cases cases) {
        this.steps = steps;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        Cases.CaseSummary c = steps.caseOf(task.getProcessInstanceId());
        task.setName(task.getName() + " — " + c.organisationName() + " (" + c.caseNumber() + ")");
        if (CaseFormListener.REVIEW_INTENT.equals(task.getTaskDefinitionKey())) {
            // first, before the model's own description of the step
            cases.otherCoordinators(c.caseNumber()).ifPresent(others -> task.setDescription(
                    otherCoordinatorsNotice(others, c.coordinatorEmail())
                            + (task.getDescription() == null ? "" : "\n\n" + task.getDescription())));
        }
    }

    /** What the PCO reads on a registration that matched an organisation with other coordinators. */
    static String otherCoordinatorsNotice(String others, String sender) {
        return "องค์กรนี้มีผู้ประสานงานอยู่แล้ว: " + others + " ; ผู้ส่งครั้งนี้: " + sender
                + " — หากรับเข้าร่วม ผู้ส่งจะเห็นเรื่องและหลักฐานเดิมทั้งหมดขององค์กร กรุณาติดต่อองค์กรเพื่อยืนยันก่อน"
                + " แล้วเลือก \"ยืนยันให้ผู้ส่งเป็นผู้ประสานงานขององค์กรนี้\" หรือขอให้แก้ไขข้อมูล";
    }
}
