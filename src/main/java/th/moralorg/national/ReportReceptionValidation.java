package th.moralorg.national;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "ตรวจรับรายงานของจังหวัด": accept, or return to the province with remarks. */
@Component
class ReportReceptionValidation implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        Object decision = task.getVariable("reportDecision");
        if (!"ACCEPT".equals(decision) && !"RETURN".equals(decision)) {
            errors.add("reportDecision", "กรุณาเลือกว่าจะรับรายงานหรือส่งคืนจังหวัด");
        }
        errors.text("returnRemarks", task.getVariable("returnRemarks"), "เหตุผลที่ส่งคืน", 2000, "RETURN".equals(decision));
        errors.rejectSubmissionIfInvalid();
    }
}
