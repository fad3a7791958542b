package th.moralorg.messaging;

import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;

/**
 * Sends a message of docs/processes.md to whatever process waits for it under a business key (a
 * case number, a review's key), whichever process that is. "Nobody waiting" (a withdrawn case, a
 * case already decided) is answered with false, never with a crash. Sent as the system: the steps
 * that send run inside whoever completed a task, who holds no grant to correlate.
 */
@Component
public class CaseMessages {

    private final RuntimeService runtime;
    private final AsSystem asSystem;

    CaseMessages(RuntimeService runtime, AsSystem asSystem) {
        this.runtime = runtime;
        this.asSystem = asSystem;
    }

    /** Correlates the message; returns whether a waiting process received it. */
    public boolean send(String messageName, String businessKey, Map<String, Object> variables) {
        return asSystem.call(() -> correlate(messageName, businessKey, variables));
    }

    private boolean correlate(String messageName, String businessKey, Map<String, Object> variables) {
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
