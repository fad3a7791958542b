package th.moralorg.event;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What administrators tune about a provincial event (prefix {@code moralorg.event}), as
 * {@code moralorg.case} does for the case: the model asks {@code ${eventSteps.dueDate('recordAttendance')}}.
 *
 * @param taskDue how long each human task may take, by task id (due date = creation + duration)
 * @param defaultTaskDue for tasks not listed
 */
@ConfigurationProperties("moralorg.event")
record EventSettings(@DefaultValue Map<String, Duration> taskDue, @DefaultValue("P14D") Duration defaultTaskDue) {

    Duration dueAfter(String taskId) {
        return taskDue.getOrDefault(taskId, defaultTaskDue);
    }
}
