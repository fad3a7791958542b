package th.moralorg.organisationcase;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.AsSystem;
import th.moralorg.validation.FormValidationException;

/**
 * An organisation's step done on one of our own pages instead of a Camunda Form (the plan อ.04,
 * the progress report: {@link PlanPage}, {@link ProgressPage}): finds the case's open task and
 * completes it through the engine's public API as the signed-in coordinator, exactly as Tasklist
 * would (claim, then complete with the form's variables, so the task's listeners validate and store
 * it and the engine's rules on who may work it apply). Claim and completion are one transaction: a
 * completion refused leaves the task as it was, unclaimed. A task another person holds is theirs
 * (409 in Thai).
 */
@Component
class OrganisationTaskWork {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TaskService tasks;
    private final IdentityService identity;
    private final AsSystem asSystem;
    private final TransactionTemplate transactions;

    OrganisationTaskWork(TaskService tasks, IdentityService identity, AsSystem asSystem,
            TransactionTemplate transactions) {
        this.tasks = tasks;
        this.identity = identity;
        this.asSystem = asSystem;
        this.transactions = transactions;
    }

    /** The case's open task among {@code taskKeys}, if it waits at one. */
    Optional<Task> open(String caseNumber, Collection<String> taskKeys) {
        return asSystem.call(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKeyIn(taskKeys.toArray(String[]::new)).active().list().stream().findFirst());
    }

    /** A variable the task holds for its form (e.g. the reviewer's remark on a reopened part). */
    Optional<Object> shown(Task task, String name) {
        return asSystem.call(() -> Optional.ofNullable(tasks.getVariableLocal(task.getId(), name)));
    }

    /**
     * Claims (unless the user holds it already) and completes {@code task} as {@code user} with
     * {@code form} as its variables (lists and maps as JSON, as Tasklist sends them); the form's
     * errors when its listener refused it, nothing stored then and the claim undone.
     */
    Map<String, String> complete(Task task, String user, Map<String, Object> form) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
            throw ApiProblem.conflict("งานนี้ " + task.getAssignee() + " รับไว้แล้ว ให้ผู้รับงานส่ง หรือคืนงานในระบบรายการงานก่อน"
                    + " (ยังไม่มีการบันทึก)");
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        form.forEach((name, value) -> variables.put(name, value instanceof Collection<?> || value instanceof Map<?, ?>
                ? SpinValues.jsonValue(json(value)).create() : value));
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        try {
            transactions.executeWithoutResult(status -> {
                identity.setAuthentication(user, groups, tenants);
                try {
                    if (!user.equals(task.getAssignee())) {
                        tasks.claim(task.getId(), user);
                    }
                    tasks.complete(task.getId(), variables);
                } finally {
                    identity.clearAuthentication();
                }
            });
            return Map.of();
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof FormValidationException invalid) {
                    return invalid.errors();
                }
            }
            throw e;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
