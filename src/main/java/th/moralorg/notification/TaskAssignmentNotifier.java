package th.moralorg.notification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Task listener for the {@code create} event
 * ({@code <camunda:taskListener event="create" delegateExpression="${taskAssignmentNotifier}"/>}):
 * tells the assignee, or else every member of the candidate groups and every candidate user, that
 * a task waits for them. Provincial and DRA inboxes ({@code pco-*}, {@code dra}) get
 * {@code province-inbox}, others (organisations) {@code task-waiting}. Kind and recipients come
 * from the task's candidates only, never from a variable a client could have written. Users who
 * chose the daily digest get the task in their next digest instead.
 */
@Component("taskAssignmentNotifier")
class TaskAssignmentNotifier implements TaskListener {

    private final NotificationService notifications;
    private final NotificationPreferences preferences;
    private final Directory directory;
    private final TaskDigest digest;
    private final NotificationSettings settings;

    TaskAssignmentNotifier(NotificationService notifications, NotificationPreferences preferences, Directory directory,
            TaskDigest digest, NotificationSettings settings) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.directory = directory;
        this.digest = digest;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        List<Directory.Recipient> people = new ArrayList<>();
        if (task.getAssignee() != null) {
            people.add(directory.user(task.getAssignee()));
        } else {
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                    people.addAll(directory.members(link.getGroupId()));
                } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                    people.add(directory.user(link.getUserId()));
                }
            }
        }
        List<String> immediate = new ArrayList<>();
        String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        for (Directory.Recipient person : people) {
            if (person.usable() && person.userId() != null
                    && preferences.taskMailOf(person.userId()) == NotificationPreferences.TaskMail.DAILY_DIGEST) {
                digest.add(person.userId(), person.address(), task, businessKey);
            } else {
                immediate.add(person.userId() != null ? Directory.USER + person.userId() : person.address());
            }
        }
        if (!immediate.isEmpty()) {
            NotificationKind kind = kindOf(groups);
            notifications.enqueue(kind, immediate, businessKey, kind.id() + ":" + businessKey + ":" + task.getId(),
                    model(task, groups));
        }
    }

    private Map<String, Object> model(DelegateTask task, Set<String> groups) {
        Map<String, Object> model = new HashMap<>(task.getVariables());
        model.put("taskId", task.getId());
        model.put("taskName", task.getName());
        model.put("dueDate", task.getDueDate());
        model.put("createdAt", task.getCreateTime());
        model.put("candidateGroups", String.join(", ", groups));
        model.put("link", tasklistLink(settings, task.getId()));
        return model;
    }

    static String tasklistLink(NotificationSettings settings, String taskId) {
        return settings.link("/camunda/app/tasklist/default/#/?task=" + taskId);
    }

    private static NotificationKind kindOf(Set<String> groups) {
        boolean officers = groups.stream().anyMatch(g -> g.startsWith("pco-") || g.equals("dra"));
        return officers ? NotificationKind.PROVINCE_INBOX : NotificationKind.TASK_WAITING;
    }
}
