package th.moralorg.preparation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/** "ยืนยันทำเนียบวิทยากร" (seed 5.1.2): the pool needs at least one active trainer. */
@Component
class TrainerPoolValidation implements TaskListener {

    private final Trainers trainers;
    private final PreparationSteps steps;

    TrainerPoolValidation(Trainers trainers, PreparationSteps steps) {
        this.steps = steps;
        this.trainers = trainers;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        String province = steps.of(task.getProcessInstanceId()).provinceCode();
        long active = trainers.countActive(province);
        if (active == 0) {
            errors.add("trainerPool", "ยังไม่มีวิทยากรที่พร้อมปฏิบัติงานในทำเนียบ กรุณาเพิ่มวิทยากรอย่างน้อย 1 คน");
        }
        if (!FieldErrors.isTrue(task.getVariable("trainerPoolConfirmed"))) {
            errors.add("trainerPoolConfirmed", "กรุณายืนยันว่าทำเนียบวิทยากรเป็นปัจจุบัน");
        }
        errors.rejectSubmissionIfInvalid();
        task.setVariable("activeTrainerCount", active);
    }
}
