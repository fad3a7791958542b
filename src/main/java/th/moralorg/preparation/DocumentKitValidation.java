package th.moralorg.preparation;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.reference.FormCode;
import th.moralorg.validation.FieldErrors;

/** "ยืนยันชุดเอกสาร" (seed 5.1.3): every document of the kit must be ready. */
@Component
class DocumentKitValidation implements TaskListener {

    static final Map<String, String> KIT = Map.of(
            "kitForm01", FormCode.INTENT.label(),
            "kitForm02", FormCode.SELF_ASSESSMENT.label(),
            "kitForm03", FormCode.SUCCESS_ASSESSMENT.label(),
            "kitForm04", FormCode.PLAN.label(),
            "kitForm05", FormCode.DECLARATION.label(),
            "kitGuideline", "คู่มือการประเมินตนเองตาม 9 ขั้นตอน");

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        KIT.forEach((field, label) -> {
            if (!FieldErrors.isTrue(task.getVariable(field))) {
                errors.add(field, "กรุณาเตรียม" + label + " ให้พร้อมก่อนยืนยัน");
            }
        });
        errors.rejectSubmissionIfInvalid();
    }
}
