package th.moralorg.validation;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * A form submitted with bad data: a Thai message per field. Thrown inside the engine's
 * transaction, it rolls back the whole step, so nothing is half-saved; the REST API answers 400.
 */
public class FormValidationException extends ProcessEngineException {

    /** How the message begins, so that it can be found inside the engine's wrapping of it. */
    public static final String MESSAGE_PREFIX = "ข้อมูลในแบบฟอร์มไม่ถูกต้อง";

    private final transient Map<String, String> errors;

    public FormValidationException(Map<String, String> errors) {
        super(MESSAGE_PREFIX + ": " + String.join(" ", errors.values()));
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors)); // in the order of the form
    }

    public Map<String, String> errors() {
        return errors;
    }
}
