package th.moralorg.notification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends any kind of notification from a BPMN service or send task, with no new Java:
 * {@code camunda:delegateExpression="${notifyDelegate}"} and input parameters {@code kind} (e.g.
 * {@code registration-received}) and {@code recipients} (addresses, {@code user:<id>},
 * {@code group:<id>}); optional {@code link} and {@code idempotencyKey}. Templates see every
 * process variable and input parameter. The mail is queued in the step's own transaction.
 */
@Component("notifyDelegate")
class NotifyDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(NotifyDelegate.class);

    private final NotificationService notifications;

    NotifyDelegate(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object kind = execution.getVariable("kind");
        if (kind == null) {
            throw new IllegalStateException("notifyDelegate at " + execution.getCurrentActivityId()
                    + " needs an input parameter 'kind'");
        }
        String businessKey = execution.getProcessBusinessKey();
        Object explicitKey = execution.getVariableLocal("idempotencyKey");
        String key = explicitKey != null ? explicitKey.toString()
                : kind + ":" + businessKey + ":" + execution.getActivityInstanceId();
        Map<String, Object> model = new HashMap<>(execution.getVariables());
        model.putIfAbsent("activityName", execution.getCurrentActivityName());
        EnqueueResult result = notifications.enqueue(kind.toString(),
                RecipientList.of(execution.getVariable("recipients")), businessKey, key, model);
        log.debug("{} at {}: {}", kind, execution.getCurrentActivityId(), result);
    }
}
