package th.moralorg.identity;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default grants, except the per-task grant for a candidate group that already
 * holds a task grant on {@code *} limited by its tenants (province offices, DRA, managers,
 * administrators; {@link AccessSetup}). Such a grant adds nothing for that group, yet every one of
 * them joins each task of the group's inbox query, so the inbox grew with the square of what one
 * office can see (docs/access.md, "Province isolation"; docs/benchmarks.md). Organisations'
 * groups ({@code org-<id>}) and candidate users keep theirs: it is their only task grant.
 */
class OfficeTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    /** The groups of docs/access.md whose task grant is on {@code *}; not {@code pco-NN-head}. */
    static final Pattern TENANT_WIDE_TASK_GRANT = Pattern.compile(
            "pco-\\d{2}|" + Pattern.quote(Roles.DRA) + "|" + Pattern.quote(Roles.MANAGERS) + "|"
                    + Pattern.quote(Roles.ADMINISTRATORS));

    static boolean holdsTenantWideTaskGrant(String groupId) {
        return groupId != null && TENANT_WIDE_TASK_GRANT.matcher(groupId).matches();
    }

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
        return holdsTenantWideTaskGrant(groupId) ? null : super.newTaskGroupIdentityLink(task, groupId, type);
    }
}
