package th.moralorg.system;

import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Thrown by a task's complete listener when the submitted variables are invalid: the engine rolls
 * the completion back, so nothing is saved. The message holds one Thai message per field; the
 * REST API answers it with 400 ({@link SubmissionRejectedMapper}).
 */
public class SubmissionRejected extends ProcessEngineException {

    private final Map<String, String> fields;

    public SubmissionRejected(Map<String, String> fields) {
        super("ข้อมูลไม่ถูกต้อง: " + fields.entrySet().stream()
                .map(e -> e.getKey() + " – " + e.getValue()).collect(Collectors.joining("; ")));
        this.fields = Map.copyOf(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }
}
