package th.moralorg.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.BatchPermissions;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.OptimizePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.SystemPermissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;

/**
 * Creates, idempotently at every start, the groups, tenants and grants of docs/access.md: one
 * officer group and one tenant per province, DRA, managers and administrators. Only what is
 * missing or different is written, so a restart or a second node changes nothing.
 */
@Component
@Order(AccessSetup.ORDER)
class AccessSetup implements ApplicationRunner {

    static final int ORDER = 10;
    private static final Logger log = LoggerFactory.getLogger(AccessSetup.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final Provinces provinces;
    private final TasklistFilters filters;

    AccessSetup(IdentityService identity, AuthorizationService authorizations, Provinces provinces,
            TasklistFilters filters) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.provinces = provinces;
        this.filters = filters;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Province> all = provinces.findAll();
        Set<String> groups = identity.createGroupQuery().list().stream().map(Group::getId).collect(Collectors.toSet());
        Set<String> tenants = identity.createTenantQuery().list().stream().map(Tenant::getId).collect(Collectors.toSet());
        List<String> allTenants = new ArrayList<>();

        ensureTenant(tenants, ProvinceTenants.NATIONAL, "ระดับชาติ (กรมการศาสนา)");
        allTenants.add(ProvinceTenants.NATIONAL);
        for (Province p : all) {
            String tenant = ProvinceTenants.tenantOf(p.code());
            String group = ProvinceTenants.officerGroupOf(p.code());
            ensureTenant(tenants, tenant, "จังหวัด" + p.nameTh().replaceFirst("^จังหวัด", ""));
            allTenants.add(tenant);
            if (ensureGroup(groups, group, "สำนักงานวัฒนธรรมจังหวัด" + p.nameTh())) {
                identity.createTenantGroupMembership(tenant, group);
            }
            // no grants: the office's head hears of escalated work by mail (moralorg.sla)
            ensureGroup(groups, ProvinceTenants.headGroupOf(p.code()), "ผู้บริหารสำนักงานวัฒนธรรมจังหวัด" + p.nameTh());
        }
        if (ensureGroup(groups, Roles.DRA, "กรมการศาสนา (ศน.)")) {
            allTenants.forEach(t -> identity.createTenantGroupMembership(t, Roles.DRA));
        }
        if (ensureGroup(groups, Roles.MANAGERS, "ผู้บริหาร")) {
            allTenants.forEach(t -> identity.createTenantGroupMembership(t, Roles.MANAGERS));
        }
        ensureGroup(groups, Roles.ADMINISTRATORS, "ผู้ดูแลระบบ");

        Grants grants = new Grants();
        for (Province p : all) {
            grants.officer(ProvinceTenants.officerGroupOf(p.code()));
        }
        grants.officer(Roles.DRA);
        grants.ensure(Roles.DRA, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.manager(Roles.MANAGERS);
        for (Resources resource : Resources.values()) {
            grants.ensure(Roles.ADMINISTRATORS, resource, "*", Permissions.ALL);
        }
        filters.ensure(all, grants::ensure);
        log.info("Access set up: {} provinces, {} grants added, {} corrected", all.size(), grants.added, grants.corrected);
    }

    private boolean ensureGroup(Set<String> existing, String id, String name) {
        if (existing.contains(id)) {
            return false;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(Roles.ADMINISTRATORS.equals(id) ? "SYSTEM" : "WORKFLOW");
        identity.saveGroup(group);
        return true;
    }

    private void ensureTenant(Set<String> existing, String id, String name) {
        if (!existing.contains(id)) {
            Tenant tenant = identity.newTenant(id);
            tenant.setName(name);
            identity.saveTenant(tenant);
        }
    }

    /**
     * Makes each group grant exactly what is wanted: adds a missing one and corrects one whose
     * permissions differ (a database set up by an earlier version); an equal one is not written, so
     * a restart or a second node changes nothing. Existing grants are read per resource as it comes
     * up, never all at once: the engine's per-task grants grow with every task.
     */
    private final class Grants {

        /** Every permission the engine publishes, to compare two grants on one resource type. */
        private static final List<Permission> PERMISSIONS = java.util.stream.Stream.of(Permissions.values(),
                ProcessDefinitionPermissions.values(), ProcessInstancePermissions.values(), TaskPermissions.values(),
                HistoricTaskPermissions.values(), HistoricProcessInstancePermissions.values(),
                BatchPermissions.values(), SystemPermissions.values(), UserOperationLogCategoryPermissions.values(),
                OptimizePermissions.values()).<Permission>flatMap(Arrays::stream).toList();

        private final Map<String, Authorization> existing = new HashMap<>();
        private final Set<String> read = new HashSet<>();
        private int added;
        private int corrected;

        static String key(String group, int resourceType, String resourceId) {
            return group + '|' + resourceType + '|' + resourceId;
        }

        /**
         * A province or DRA officer: claims and completes the tasks of their tenants (TASK_WORK, not
         * UPDATE: no rewriting variables, assignees or the task itself) and starts nothing: our
         * controllers start and correlate as the system after checking the caller's province.
         */
        void officer(String group) {
            ensure(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            ensure(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            ensure(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            ensure(group, Resources.TASK, "*", Permissions.READ, TaskPermissions.TASK_WORK);
            ensure(group, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
        }
        /** Managers watch everything in Cockpit and Tasklist and change nothing. */
        void manager(String group) {
            ensure(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            ensure(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            ensure(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            ensure(group, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
            ensure(group, Resources.HISTORIC_PROCESS_INSTANCE, "*", HistoricProcessInstancePermissions.READ);
            ensure(group, Resources.TASK, "*", Permissions.READ);
            ensure(group, Resources.HISTORIC_TASK, "*", HistoricTaskPermissions.READ);
            ensure(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.READ_HISTORY);
            ensure(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }

        void ensure(String group, Resource resource, String resourceId, Permission... permissions) {
            if (read.add(resource.resourceType() + "|" + resourceId)) {
                authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                        .resourceType(resource).resourceId(resourceId).list().stream()
                        .filter(a -> a.getGroupId() != null)
                        .forEach(a -> existing.put(key(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
            }
            String key = key(group, resource.resourceType(), resourceId);
            Authorization wanted = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            wanted.setGroupId(group);
            wanted.setResource(resource);
            wanted.setResourceId(resourceId);
            Arrays.stream(permissions).forEach(wanted::addPermission);
            Authorization present = existing.get(key);
            if (present == null) {
                authorizations.saveAuthorization(wanted);
                existing.put(key, wanted);
                added++;
            } else if (!sameGrant(present, wanted, resource)) {
                present.setPermissions(permissions);
                try {
                    authorizations.saveAuthorization(present);
                    corrected++;
                } catch (OptimisticLockingException otherNode) {
                    // another node corrected it at the same moment, to the same permissions
                    log.info("Grant {} was corrected by another node", key);
                }
            }
        }

        private static boolean sameGrant(Authorization a, Authorization b, Resource resource) {
            Permission[] applicable = PERMISSIONS.stream()
                    .filter(p -> Arrays.stream(p.getTypes()).anyMatch(t -> t.resourceType() == resource.resourceType()))
                    .toArray(Permission[]::new);
            return names(a.getPermissions(applicable)).equals(names(b.getPermissions(applicable)));
        }

        private static Set<String> names(Permission[] permissions) {
            return Arrays.stream(permissions).map(Permission::getName).collect(Collectors.toSet());
        }
    }
}
