package th.moralorg.system;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Sends a message of docs/processes.md to whatever process waits for it under a business key (a
 * case number, a review's key), whichever process that is. "Nobody waiting" (a withdrawn case, a
 * case already decided) is answered with false, never with a crash.
 */
@Component
public class CaseMessages {

    private final RuntimeService runtime;

    CaseMessages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Correlates the message; returns whether a waiting process received it. */
    public boolean send(String messageName, String businessKey, Map<String, Object> variables) {
        if (runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(messageName).count() == 0) {
            return false;
        }
        try {
            return !runtime.createMessageCorrelation(messageName).processInstanceBusinessKey(businessKey)
                    .setVariables(variables).correlateAllWithResult().isEmpty();
        } catch (MismatchingMessageCorrelationException e) {
            return false;
        }
    }
}
