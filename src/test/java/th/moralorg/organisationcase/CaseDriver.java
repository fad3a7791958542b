package th.moralorg.organisationcase;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FormValidationException;

/** Drives cases through the engine as the people in their roles would (tests only). */
@Component
public class CaseDriver {

    private final RegistrationService registrations;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Cases cases;

    CaseDriver(RegistrationService registrations, TaskService tasks, RuntimeService runtime, IdentityService identity,
            Cases cases) {
        this.registrations = registrations;
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
    }

    public static Map<String, Object> registrationForm(String province, int fiscalYear) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> form = new HashMap<>();
        form.put("organisationName", "โรงเรียนบ้านดอกไม้ " + unique);
        form.put("organisationType", "SCHOOL");
        form.put("parentBody", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1");
        form.put("address", "99 หมู่ 1 ตำบลสุเทพ อำเภอเมือง");
        form.put("provinceCode", province);
        form.put("executiveCount", 5);
        form.put("memberCount", 120);
        form.put("headName", "นางสาวใจดี มีสุข");
        form.put("coordinatorName", "นายประสาน งานดี");
        form.put("coordinatorPosition", "ครูชำนาญการ");
        form.put("coordinatorPhone", "081-234-5678");
        form.put("coordinatorEmail", "coord-" + unique + "@example.org");
        form.put("fiscalYear", fiscalYear);
        form.put("consent", true);
        return form;
    }

    /** The form errors an engine call failed with (the engine wraps them). */
    static FormValidationException invalid(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FormValidationException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("not a form validation error", error);
    }

    String register(Map<String, Object> form) {
        var outcome = registrations.register(form);
        if (outcome instanceof RegistrationService.Outcome.Registered ok) {
            return ok.caseNumber();
        }
        throw new AssertionError("not registered: " + outcome);
    }

    /**
     * A case registered from {@code form}, its intent accepted and orientation recorded by {@code officer}
     * (5.2.1(1)); the coordinator's account gets {@code coordinatorPassword} to sign in with.
     */
    String accepted(Map<String, Object> form, String officer, String coordinatorPassword) {
        String caseNumber = register(form);
        complete(caseNumber, "reviewIntent", officer, Map.of("intentDecision", "ACCEPT"));
        complete(caseNumber, "recordOrientation", officer, Map.of("orientationDate", "2025-12-01"));
        password((String) form.get("coordinatorEmail"), coordinatorPassword);
        return caseNumber;
    }

    /** Sets {@code userId}'s password, as the one-time link's page would. */
    void password(String userId, String password) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identity.saveUser(user);
    }

    /**
     * An accepted case through steps 5.2.1(2)–(4) with good data (steps scored 2), found complete by
     * {@code officer}, and certified by its province's subcommittee at {@code level} (5.2.2(3)).
     */
    void certify(String caseNumber, String coordinator, String officer, int level, boolean outstandingModel) {
        workThroughSteps(caseNumber, coordinator);
        complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
        complete(caseNumber, "checkCompleteness", officer, Map.of("completenessDecision", "COMPLETE"));
        correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED",
                "certifiedLevel", level, "outstandingModel", outstandingModel, "decidedBy", officer));
    }

    Task task(String caseNumber) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        if (open.size() != 1) {
            throw new AssertionError("expected one open task of " + caseNumber + " but found " + open);
        }
        return open.get(0);
    }

    /** The case's one open task {@code taskKey} (after provincial certification a case has two branches). */
    Task task(String caseNumber, String taskKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
        List<Task> found = open.stream().filter(t -> t.getTaskDefinitionKey().equals(taskKey)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected " + taskKey + " but " + caseNumber + " waits at "
                    + open.stream().map(Task::getTaskDefinitionKey).toList());
        }
        return found.get(0);
    }

    /** Completes the case's open task {@code taskKey} as {@code user}, with authorization checks on. */
    void complete(String caseNumber, String taskKey, String user, Map<String, Object> variables) {
        Task task = task(caseNumber, taskKey);
        as(user, () -> tasks.complete(task.getId(), variables));
    }

    /** 5.2.2(6): the PCO schedules the visit a month ahead, the coordinator confirms every item ready. */
    void visitSite(String caseNumber, String officer, String coordinator) {
        complete(caseNumber, "scheduleSiteVisit", officer, Forms.siteVisit(java.time.LocalDate.now().plusMonths(1)));
        complete(caseNumber, "confirmSiteVisit", coordinator, Forms.siteVisitReady());
    }

    void as(String user, Runnable action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            action.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    String status(String caseNumber) {
        return cases.find(caseNumber).orElseThrow().status();
    }

    void correlate(String message, String caseNumber, Map<String, Object> variables) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseNumber).setVariables(variables)
                .correlate();
    }

    /** Steps 5.2.1(2.1)–(3) with good data, as the coordinator. */
    void workThroughSteps(String caseNumber, String coordinator) {
        complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
        complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
        workThroughYear(caseNumber, coordinator);
    }

    /** Steps 5.2.1(2.3)–(3): a year's plan, its execution, lessons, declaration. */
    void workThroughYear(String caseNumber, String coordinator) {
        complete(caseNumber, "designActivities", coordinator, Forms.plan());
        complete(caseNumber, "carryOutPlan", coordinator, Forms.progress());
        complete(caseNumber, "lessonsLearned", coordinator, Forms.lessons());
        complete(caseNumber, "declareIntent", coordinator, Forms.declaration());
    }
}
