package th.moralorg.notification;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reminders and escalation per human task ({@code moralorg.sla.*}, docs/notifications.md), keyed
 * by the task definition key of the BPMN user task, for example:
 * {@code moralorg.sla.tasks.recordStaffOrientation.reminder=P10D}.
 *
 * @param scanInterval how often open tasks are checked
 * @param tasks the rules, by task definition key
 */
@ConfigurationProperties("moralorg.sla")
record SlaSettings(Duration scanInterval, Map<String, TaskSla> tasks) {

    SlaSettings {
        scanInterval = scanInterval != null ? scanInterval : Duration.ofMinutes(15);
        tasks = tasks != null ? Map.copyOf(tasks) : Map.of();
    }

    /**
     * @param due time allowed for the task, counted from its creation; shown in mail when the
     *     task has no due date of its own
     * @param reminder age at which the people working the task are reminded (none if absent)
     * @param escalate age at which the escalation group is told (none if absent)
     * @param escalationGroup group told at escalation; {@code {provinceCode}} is replaced by the
     *     province of the task's tenant (e.g. {@code pco-{provinceCode}}; the engine sets the tenant
     *     when the instance starts, no variable can move it); without one, the task's own
     *     candidate groups
     */
    record TaskSla(Duration due, Duration reminder, Duration escalate, String escalationGroup) {
    }
}
