package th.moralorg.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

import th.moralorg.reference.FiscalYear;
import th.moralorg.support.Api;

/**
 * Fresh organisation cases in Chiang Mai for the access tests, registered on the public API and
 * moved on by the system (no authentication), so each test works on tasks nobody else touches.
 */
final class TaskFixtures {

    static final String DEMO = "demo";
    static final String COORDINATOR_PASSWORD = "ใจดีมีสุข2569";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Api api;
    private final TaskService tasks;
    private final IdentityService identity;

    TaskFixtures(Api api, TaskService tasks, IdentityService identity) {
        this.api = api;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** A new case waiting at the office's first step (reviewIntent, candidate group pco-50). */
    Case atOfficeStep() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String coordinator = "access-" + unique + "@example.org";
        Map<String, Object> form = new java.util.HashMap<>(Map.of("organisationName", "โรงเรียนทดสอบสิทธิ์ " + unique,
                "organisationType", "SCHOOL", "parentBody", "สำนักงานเขตพื้นที่การศึกษาเชียงใหม่",
                "address", "1 ถนนห้วยแก้ว อำเภอเมือง", "provinceCode", "50", "executiveCount", 5,
                "memberCount", 100, "headName", "นางสาวใจดี มีสุข", "coordinatorName", "นายประสาน งานดี"));
        form.putAll(Map.of("coordinatorPosition", "ครู", "coordinatorPhone", "081-234-5678",
                "coordinatorEmail", coordinator, "consent", true,
                "fiscalYear", FiscalYear.containing(LocalDate.now()).buddhistYear()));
        var registered = api.postJson("/api/registrations", JSON.writeValueAsString(form), null, null);
        if (registered.statusCode() != 201) {
            throw new AssertionError(registered.body());
        }
        return new Case(JSON.readTree(registered.body()).get("caseNumber").asText(), coordinator);
    }

    /** A new case waiting at the organisation's first step (sharedVision, candidate group org-N). */
    Case atOrganisationStep() throws Exception {
        Case c = atOfficeStep();
        tasks.complete(c.task(tasks).getId(), Map.of("intentDecision", "ACCEPT"));
        tasks.complete(c.task(tasks).getId(), Map.of("orientationDate", "2025-11-20"));
        User user = identity.createUserQuery().userId(c.coordinator()).singleResult();
        user.setPassword(COORDINATOR_PASSWORD);
        identity.saveUser(user);
        return c;
    }

    record Case(String caseNumber, String coordinator) {

        Task task(TaskService tasks) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
            if (open.size() != 1) {
                throw new AssertionError("expected one open task of " + caseNumber + ", found " + open);
            }
            return open.get(0);
        }
    }
}
