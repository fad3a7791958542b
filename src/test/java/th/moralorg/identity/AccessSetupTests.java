package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.support.IntegrationTest;

@IntegrationTest
class AccessSetupTests {

    @Autowired
    Provinces provinces;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    FilterService filters;
    @Autowired
    org.camunda.bpm.engine.TaskService tasks;
    @Autowired
    AccessSetup setup;

    @Test
    void the77ProvincesAreLoadedWithTheirOfficialCodes() {
        List<Province> all = provinces.findAll();

        assertThat(all).hasSize(77);
        assertThat(all.get(0)).isEqualTo(new Province("10", "TH-10", "กรุงเทพมหานคร", "Bangkok"));
        assertThat(provinces.findByCode("38")).map(Province::nameEn).contains("Bueng Kan");
        assertThat(provinces.findByCode("50")).map(Province::nameTh).contains("เชียงใหม่");
        assertThat(provinces.findByCode("96")).map(Province::nameTh).contains("นราธิวาส");
        assertThat(provinces.findByCode("28")).isEmpty();
    }

    @Test
    void everyProvinceHasAnOfficerGroupInItsOwnTenant() {
        assertThat(identity.createGroupQuery().groupIdIn("pco-10", "pco-50", "pco-96", "dra", "managers",
                "camunda-admin").count()).isEqualTo(6);
        assertThat(identity.createGroupQuery().list().stream().filter(g -> g.getId().matches("pco-\\d{2}")))
                .hasSize(77);
        assertThat(identity.createGroupQuery().groupId("pco-50-head").singleResult().getName())
                .isEqualTo("ผู้บริหารสำนักงานวัฒนธรรมจังหวัดเชียงใหม่");
        assertThat(identity.createTenantQuery().groupMember("pco-50").list())
                .extracting(t -> t.getId()).containsExactly("province-50");
        assertThat(identity.createTenantQuery().groupMember("dra").count()).isEqualTo(78);
        assertThat(identity.createTenantQuery().userMember("officer.10").includingGroupsOfUser(true).list())
                .extracting(t -> t.getId()).containsExactly("province-10");
    }

    @Test
    void eachRoleSeesItsOwnThaiFilters() {
        assertThat(visibleFilters("officer.50", "pco-50")).containsExactlyInAnyOrder(TasklistFilters.MY_GROUPS,
                TasklistFilters.MINE, TasklistFilters.OVERDUE, TasklistFilters.WAITING_FOR_ORGANISATIONS);
        assertThat(visibleFilters("manager", "managers")).containsExactly(TasklistFilters.ALL_OVERDUE);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.RETIRED_ALL_OPEN).count()).isZero();
    }

    @Test
    void theOfficeSeesWhatItsOwnOrganisationsStillHaveToDo() {
        Filter waiting = filters.createFilterQuery().filterName(TasklistFilters.WAITING_FOR_ORGANISATIONS).singleResult();
        identity.setAuthentication("officer.50", List.of("pco-50"), List.of("province-50"));
        List<org.camunda.bpm.engine.task.Task> listed;
        try {
            listed = filters.listPage(waiting.getId(), 0, 200);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(listed).as("the demo organisations' open steps in Chiang Mai").isNotEmpty().allSatisfy(task -> {
            assertThat(task.getTenantId()).isEqualTo("province-50");
            assertThat(tasks.getIdentityLinksForTask(task.getId())).anySatisfy(
                    link -> assertThat(link.getGroupId()).startsWith("org-"));
        });
    }

    @Test
    void runningTheSetupAgainChangesNothing() {
        long grants = authorizations.createAuthorizationQuery().count();
        long filterCount = filters.createFilterQuery().count();
        long groups = identity.createGroupQuery().count();

        setup.run(null);

        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
        assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    }

    @Test
    void officersWorkTasksAndStartNothingCoordinatorsAndManagersWriteNothing() {
        for (String group : List.of("pco-50", Roles.DRA)) {
            assertThat(grant(group, Resources.TASK).isPermissionGranted(TaskPermissions.TASK_WORK)).isTrue();
            assertThat(grant(group, Resources.TASK).isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
            assertThat(grant(group, Resources.PROCESS_DEFINITION).isPermissionGranted(Permissions.CREATE_INSTANCE))
                    .isFalse();
            assertThat(grant(group, Resources.PROCESS_INSTANCE).isPermissionGranted(Permissions.CREATE)).isFalse();
        }
        assertThat(granted(grant(Roles.MANAGERS, Resources.TASK), TaskPermissions.values()))
                .containsExactly(TaskPermissions.READ);
        List<String> organisationGroups = identity.createGroupQuery().groupType("ORGANISATION").list().stream()
                .map(g -> g.getId()).toList();
        assertThat(organisationGroups).isNotEmpty();
        assertThat(authorizations.createAuthorizationQuery().groupIdIn(organisationGroups.toArray(String[]::new))
                .list()).allSatisfy(a -> {
                    assertThat(a.getResourceType()).isNotIn(Resources.PROCESS_INSTANCE.resourceType(),
                            Resources.DEPLOYMENT.resourceType());
                    if (a.getResourceType() == Resources.PROCESS_DEFINITION.resourceType()) {
                        assertThat(granted(a, ProcessDefinitionPermissions.values()))
                                .containsExactly(ProcessDefinitionPermissions.READ);
                    }
                    if (a.getResourceType() == Resources.TASK.resourceType()) {
                        assertThat(a.isPermissionGranted(TaskPermissions.UPDATE)).isFalse();
                        assertThat(a.isPermissionGranted(TaskPermissions.UPDATE_VARIABLE)).isFalse();
                    }
                });
    }

    @Test
    void anEarlierVersionsGrantsAreCorrectedAtStartOnce() {
        Authorization tasks10 = grant("pco-10", Resources.TASK);
        tasks10.setPermissions(new Permission[] {Permissions.READ, Permissions.UPDATE});
        authorizations.saveAuthorization(tasks10);
        Authorization instances10 = grant("pco-10", Resources.PROCESS_INSTANCE);
        instances10.setPermissions(new Permission[] {Permissions.CREATE, Permissions.READ});
        authorizations.saveAuthorization(instances10);
        long count = authorizations.createAuthorizationQuery().count();

        setup.run(null);

        assertThat(granted(grant("pco-10", Resources.TASK), TaskPermissions.values()))
                .containsExactlyInAnyOrder(TaskPermissions.READ, TaskPermissions.TASK_WORK);
        assertThat(granted(grant("pco-10", Resources.PROCESS_INSTANCE), ProcessInstancePermissions.values()))
                .containsExactly(ProcessInstancePermissions.READ);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(count);
        assertThat(grant("pco-10", Resources.TASK).getId()).isEqualTo(tasks10.getId());
    }

    /** The permissions granted, without NONE (which every grant "has"). */
    private static List<Permission> granted(Authorization grant, Permission[] permissions) {
        return java.util.Arrays.stream(grant.getPermissions(permissions)).filter(p -> p.getValue() != 0).toList();
    }

    private Authorization grant(String group, Resources resource) {
        return authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId("*")
                .singleResult();
    }

    private List<String> visibleFilters(String user, String group) {
        identity.setAuthentication(user, List.of(group));
        try {
            return filters.createTaskFilterQuery().listPage(0, 50).stream().map(Filter::getName).toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
