package th.moralorg.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Province;

/**
 * The shared Tasklist filters of each role, in Thai, created once by name. Each is made visible
 * to its roles by a READ grant on the filter; what a filter lists is still limited by the
 * user's tenant and task grants.
 */
@Component
class TasklistFilters {

    /** Receives the READ grant of a filter for a group. */
    interface GrantSink {
        void ensure(String group, Resource resource, String resourceId, Permission... permissions);
    }

    static final String MY_GROUPS = "งานรอดำเนินการของหน่วยงานฉัน";
    static final String MINE = "งานที่ฉันรับไว้";
    static final String OVERDUE = "งานเกินกำหนดของหน่วยงานฉัน";
    static final String WAITING_FOR_ORGANISATIONS = "รอองค์กรดำเนินการ";
    /**
     * Retired (issue 14 item 1): every open task of every province, up to 100,000, counted on each
     * visit (about 200 ms at that volume) for people who work none of them. Managers read the
     * programme on the dashboard and the case list (our own queries); Tasklist keeps them the
     * exceptions, {@link #ALL_OVERDUE}. Deleted where an earlier release created it.
     */
    static final String RETIRED_ALL_OPEN = "งานทั้งหมดที่เปิดอยู่";
    static final String ALL_OVERDUE = "งานเกินกำหนดทั้งหมด";

    private final FilterService filterService;
    private final TaskService taskService;

    TasklistFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void ensure(List<Province> provinces, GrantSink grants) {
        List<String> workers = new ArrayList<>();
        provinces.forEach(p -> workers.add(ProvinceTenants.officerGroupOf(p.code())));
        workers.add(Roles.DRA);

        share(filter(MY_GROUPS, -10, "งานที่เข้ากล่องของกลุ่มที่ฉันสังกัด ยังไม่มีผู้รับ",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .orderByDueDate().asc()), workers, grants);
        share(filter(MINE, -5, "งานที่ฉันรับมาดำเนินการ",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc()), workers, grants);
        share(filter(OVERDUE, 0, "งานของกลุ่มที่ฉันสังกัดที่เลยวันครบกำหนดแล้ว",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc()),
                workers, grants);
        // the organisations' own steps (candidate groups org-<id>) in the officer's tenants: what the
        // office is waiting for, to follow up by phone before reminders go out
        share(filter(WAITING_FOR_ORGANISATIONS, 2, "ขั้นตอนที่องค์กรในจังหวัดต้องดำเนินการ เรียงตามวันครบกำหนด",
                taskService.createTaskQuery().taskCandidateGroupLike("org-%").includeAssignedTasks()
                        .orderByDueDate().asc()), workers, grants);
        retire(RETIRED_ALL_OPEN);
        share(filter(ALL_OVERDUE, 10, "งานทั้งหมดที่เลยวันครบกำหนด สำหรับผู้บริหาร",
                taskService.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc()),
                List.of(Roles.MANAGERS), grants);
    }

    private Filter filter(String name, int priority, String description, TaskQuery query) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("refresh", true);
        properties.put("variables", List.of(
                variable("caseNumber", "เลขที่เรื่อง"),
                variable("organisationName", "องค์กร"),
                variable("provinceName", "จังหวัด")));
        Filter filter = filterService.newTaskFilter(name).setProperties(properties).setQuery(query);
        return filterService.saveFilter(filter);
    }

    private void retire(String name) {
        filterService.createFilterQuery().filterName(name).list()
                .forEach(retired -> filterService.deleteFilter(retired.getId()));
    }

    private static Map<String, String> variable(String name, String label) {
        return Map.of("name", name, "label", label);
    }

    private static void share(Filter filter, List<String> groups, GrantSink grants) {
        groups.forEach(g -> grants.ensure(g, Resources.FILTER, filter.getId(), Permissions.READ));
    }
}
