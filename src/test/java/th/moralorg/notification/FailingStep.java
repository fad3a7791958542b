package th.moralorg.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A process step that fails: the tests put it after a notification to show the mail is rolled back with it. */
@Component("failingStep")
class FailingStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        throw new IllegalStateException("the step failed after queuing its notification");
    }
}
