package th.moralorg.organisationcase;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.ThaiDates;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The progress report of step 4 (seed 5.2.1(2.4)), {@code /cases/{caseNumber}/progress}: row by row
 * against the latest plan อ.04, each activity done, partly done or not, with its evidence; the
 * counts are derived from the rows ({@link PlanForms#progress}), never typed. Sending completes the
 * case's carryOutPlan task as the coordinator; access and refusals as {@link PlanPage}.
 */
@PageController
class ProgressPage {

    static final List<String> TASKS = List.of("carryOutPlan");
    private static final String TEMPLATE = "organisationcase/progress";

    private final Cases cases;
    private final OrganisationTaskWork work;
    private final IdentityService identity;

    ProgressPage(Cases cases, OrganisationTaskWork work, IdentityService identity) {
        this.cases = cases;
        this.work = work;
        this.identity = identity;
    }

    @GetMapping("/cases/{caseNumber}/progress")
    ModelAndView page(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = PlanPage.coordinatorsCase(cases, caseNumber, caller);
        openTask(c);
        Map<String, Object> plan = cases.latestPlan(c.caseNumber()).orElse(Map.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        PlanForms.activities(plan).forEach(a -> rows.add(new LinkedHashMap<>()));
        return page(c, plan, rows, "", Map.of(), HttpStatus.OK);
    }

    @PostMapping("/cases/{caseNumber}/progress")
    ModelAndView send(@PathVariable String caseNumber, HttpServletRequest request, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = PlanPage.coordinatorsCase(cases, caseNumber, caller);
        Task task = openTask(c);
        Map<String, Object> plan = cases.latestPlan(c.caseNumber()).orElse(Map.of());
        List<String> planned = PlanForms.activities(plan);
        // one row per activity of the plan, whatever else was posted
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("status", request.getParameter(PlanForms.PROGRESS_ROWS + "[" + i + "].status"));
            row.put("evidence", request.getParameter(PlanForms.PROGRESS_ROWS + "[" + i + "].evidence"));
            rows.add(row);
        }
        String summary = request.getParameter("progressSummary");
        Map<String, Object> typed = new HashMap<>();
        typed.put(PlanForms.PROGRESS_ROWS, rows);
        typed.put("progressSummary", summary);
        FormFields fields = new FormFields(typed);
        Map<String, Object> report = PlanForms.progress(fields, planned);
        // what the task's listener reads again: the rows and the summary, never the counts
        Map<String, Object> form = new HashMap<>(typed);
        Map<String, String> errors = fields.valid() ? work.complete(task, caller.userId(), form) : fields.errors();
        if (!errors.isEmpty()) {
            return page(c, plan, rows, summary, errors, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "ส่งรายงานผลการดำเนินกิจกรรมแล้ว: ดำเนินการแล้ว " + report.get("activitiesDone")
                + " บางส่วน " + report.get("activitiesPartly") + " ยังไม่ได้ดำเนินการ " + report.get("activitiesNotDone")
                + " จาก " + report.get("activitiesPlanned") + " กิจกรรม");
        return new ModelAndView(Redirects.seeOther(PlanPage.casePath(c.caseNumber())));
    }

    private Task openTask(Cases.CaseSummary c) {
        return work.open(c.caseNumber(), TASKS).orElseThrow(() -> ApiProblem.conflict(
                "เรื่องนี้ไม่มีงานรายงานผลการดำเนินกิจกรรมที่รอดำเนินการ (ส่งรายงานไปแล้ว หรือยังไม่ถึงขั้นนี้)"));
    }

    private ModelAndView page(Cases.CaseSummary c, Map<String, Object> plan, List<Map<String, Object>> rows,
            String summary, Map<String, String> errors, HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("summary", c);
        model.put("planned", plan.getOrDefault(PlanForms.PLAN_ROWS, List.of()));
        model.put("rows", rows);
        model.put("progressSummary", summary);
        model.put("statuses", PlanForms.STATUSES);
        model.put("errors", errors);
        model.put("months", new Months());
        return new ModelAndView(TEMPLATE, model, status);
    }

    /** A plan's stored month (ISO) as people read it. */
    record Months() {
        public String of(Object iso) {
            return iso instanceof String s && s.matches("\\d{4}-\\d{2}")
                    ? ThaiDates.month(YearMonth.parse(s)) : "-";
        }
    }
}
