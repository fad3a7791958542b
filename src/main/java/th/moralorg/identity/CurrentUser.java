package th.moralorg.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting, as the REST API or the webapps authenticated them. Camunda returns this as an
 * impl type; this is the one place that reads it (see ArchitectureTests).
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The groups of the current user, as authenticated; empty when nobody is. */
    public static List<String> groups(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? List.of()
                : List.copyOf(authentication.getGroupIds());
    }

    /** The tenants of the current user, as authenticated; empty when nobody is. */
    public static List<String> tenants(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getTenantIds() == null ? List.of()
                : List.copyOf(authentication.getTenantIds());
    }

    public static Optional<String> of(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        return Optional.ofNullable(authentication).map(Authentication::getUserId);
    }

    /**
     * Clears the current authentication and returns what puts it back (the very same object, so
     * its user, groups and tenants return as they were). For {@link AsSystem} only.
     */
    static Runnable suspend(IdentityService identity) {
        Authentication authentication = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        return () -> identity.setAuthentication(authentication);
    }

    /** Who completes a task: the authenticated user, else the task's assignee. */
    public static Optional<String> completing(DelegateTask task) {
        return of(task.getProcessEngineServices().getIdentityService())
                .or(() -> Optional.ofNullable(task.getAssignee()));
    }
}
