package th.moralorg.messaging;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;

/**
 * Sends a message of docs/processes.md to whatever process waits for it under a business key (a
 * case number, a review's key), whichever process that is. "Nobody waiting" (a withdrawn case, a
 * case already decided) is answered with false, never with a crash. Sent as the system: the steps
 * that send run inside whoever completed a task, who holds no grant to correlate.
 *
 * <p>A step that messages many cases at once (a meeting's decisions, DRA's results) delivers them
 * in batches of {@code moralorg.messaging.batch-size}: a sequential multi-instance over
 * {@link #batches(int)}, asynchronous before each instance, so that each batch is its own job and
 * transaction. A failed batch rolls back alone and is retried; what earlier batches delivered stays.
 */
@Component
public class CaseMessages {

    private final RuntimeService runtime;
    private final AsSystem asSystem;
    private final int batchSize;

    CaseMessages(RuntimeService runtime, AsSystem asSystem, @Value("${moralorg.messaging.batch-size}") int batchSize) {
        this.runtime = runtime;
        this.asSystem = asSystem;
        this.batchSize = batchSize;
    }

    /** How many messages one batch delivers. */
    public int batchSize() {
        return batchSize;
    }

    /** One element per batch needed for {@code messages} messages: a multi-instance collection. */
    public List<Integer> batches(int messages) {
        return IntStream.range(0, (messages + batchSize - 1) / batchSize).boxed().toList();
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
