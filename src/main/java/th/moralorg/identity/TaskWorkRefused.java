package th.moralorg.identity;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * Someone outside a task's candidate groups tried to claim or complete it (separation of duties,
 * docs/access.md). An authorization refusal: the REST API answers 403 with {@link #MESSAGE}.
 */
public class TaskWorkRefused extends AuthorizationException {

    public static final String MESSAGE =
            "งานนี้เป็นหน้าที่ของผู้รับผิดชอบขั้นตอนนี้เท่านั้น ท่านรับงานหรือส่งงานนี้แทนไม่ได้";

    TaskWorkRefused() {
        super(MESSAGE);
    }
}
