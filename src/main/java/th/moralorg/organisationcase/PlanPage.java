package th.moralorg.organisationcase;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Virtue;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The plan อ.04 (seed 5.2.1(2.3)) written by the organisation's coordinator,
 * {@code /cases/{caseNumber}/plan}: as many activities as the organisation needs (up to 50), each
 * with several target virtues and its months in the Buddhist Era, the working team and the pledge.
 * Rows are added and removed by the page's own buttons (the server redraws it with what was typed;
 * nothing is stored). Sending checks everything ({@link PlanForms}); refused, the page comes back
 * with what was typed and a Thai message per field, nothing stored, nothing claimed; accepted, it
 * completes the case's open plan task, designActivities or revisePlan ({@link OrganisationTaskWork}).
 * A revision opens with the last version sent. The case's organisation's coordinators only: 404
 * for who may not read the case, 403 for who reads it but is no coordinator of it (officers), 409
 * when the case waits at no plan task (docs/access.md).
 */
@PageController
class PlanPage {

    static final List<String> TASKS = List.of("designActivities", "revisePlan");
    private static final String TEMPLATE = "organisationcase/plan";
    private static final Pattern ROW_FIELD = Pattern.compile("(planRows|workingTeam)\\[(\\d{1,3})]\\.(\\w+)");
    private static final String ADD_ROW = "addRow";
    private static final String ADD_MEMBER = "addMember";
    private static final String REMOVE_ROW = "removeRow:";
    private static final String REMOVE_MEMBER = "removeMember:";

    private final Cases cases;
    private final OrganisationTaskWork work;
    private final IdentityService identity;

    PlanPage(Cases cases, OrganisationTaskWork work, IdentityService identity) {
        this.cases = cases;
        this.work = work;
        this.identity = identity;
    }

    @GetMapping("/cases/{caseNumber}/plan")
    ModelAndView page(@PathVariable String caseNumber, HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = coordinatorsCase(cases, caseNumber, caller);
        Task task = openTask(c);
        Map<String, Object> typed = cases.latestPlan(c.caseNumber()).map(PlanPage::asTyped).orElseGet(PlanPage::empty);
        return page(c, task, typed, Map.of(), HttpStatus.OK);
    }

    @PostMapping("/cases/{caseNumber}/plan")
    ModelAndView send(@PathVariable String caseNumber, HttpServletRequest request, RedirectAttributes redirect) {
        ApiCaller caller = PageCaller.of(request, identity);
        Cases.CaseSummary c = coordinatorsCase(cases, caseNumber, caller);
        Task task = openTask(c);
        Map<String, Object> typed = typed(request);
        String action = Optional.ofNullable(request.getParameter("action")).orElse("send");
        if (!action.equals("send")) {
            return page(c, task, edited(typed, action), Map.of(), HttpStatus.OK);
        }
        FormFields fields = new FormFields(typed);
        Map<String, Object> plan = PlanForms.plan(fields);
        Map<String, String> errors = fields.valid() ? work.complete(task, caller.userId(), plan) : fields.errors();
        if (!errors.isEmpty()) {
            return page(c, task, typed, errors, HttpStatus.BAD_REQUEST);
        }
        redirect.addFlashAttribute("notice", "ส่งแผน อ.04 (" + ((List<?>) plan.get(PlanForms.PLAN_ROWS)).size()
                + " กิจกรรม) แล้ว");
        return new ModelAndView(Redirects.seeOther(casePath(c.caseNumber())));
    }

    /** The case, for one of its organisation's coordinators: 404 for who may not read it, 403 for other readers. */
    static Cases.CaseSummary coordinatorsCase(Cases cases, String caseNumber, ApiCaller caller) {
        Cases.CaseSummary c = cases.find(caseNumber).filter(found -> CaseAccess.mayRead(found, caller.groups()))
                .orElseThrow(() -> ApiProblem.notFound(CasePage.NOT_FOUND));
        if (!CaseAccess.coordinates(c, caller.groups())) {
            throw ApiProblem.forbidden("หน้านี้สำหรับผู้ประสานงานขององค์กรเท่านั้น เจ้าหน้าที่อ่านสิ่งที่องค์กรส่งได้ที่แฟ้มเรื่อง");
        }
        return c;
    }

    static String casePath(String caseNumber) {
        return "/cases/" + UriUtils.encodePathSegment(caseNumber, StandardCharsets.UTF_8);
    }

    private Task openTask(Cases.CaseSummary c) {
        return work.open(c.caseNumber(), TASKS).orElseThrow(() -> ApiProblem.conflict(
                "เรื่องนี้ไม่มีงานเขียนแผน อ.04 ที่รอดำเนินการ (ส่งแผนไปแล้ว หรือยังไม่ถึงขั้นนี้) ดูแผนที่ส่งแล้วได้ที่แฟ้มเรื่อง"));
    }

    private ModelAndView page(Cases.CaseSummary c, Task task, Map<String, Object> typed, Map<String, String> errors,
            HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("summary", c);
        model.put("form", FormCode.PLAN.label());
        model.put("revision", "revisePlan".equals(task.getTaskDefinitionKey()));
        model.put("remark", work.shown(task, "revisionRemarks").orElse(null));
        model.put("rows", typed.get(PlanForms.PLAN_ROWS));
        model.put("team", typed.get(PlanForms.TEAM));
        model.put("pledge", typed.get(PlanForms.PLEDGE));
        model.put("virtues", ThaiNames.all(Virtue.class));
        model.put("maxRows", PlanForms.MAX_ROWS);
        model.put("maxTeam", PlanForms.MAX_TEAM);
        model.put("errors", errors);
        return new ModelAndView(TEMPLATE, model, status);
    }

    /** The form as posted: rows and members by their index, a row's virtues as the boxes ticked. */
    private static Map<String, Object> typed(HttpServletRequest request) {
        Map<String, Map<Integer, Map<String, Object>>> lists = Map.of(PlanForms.PLAN_ROWS, new TreeMap<>(),
                PlanForms.TEAM, new TreeMap<>());
        request.getParameterMap().forEach((name, values) -> {
            Matcher m = ROW_FIELD.matcher(name);
            if (m.matches()) {
                Map<String, Object> row = lists.get(m.group(1)).computeIfAbsent(Integer.parseInt(m.group(2)),
                        i -> new LinkedHashMap<>());
                row.put(m.group(3), "virtues".equals(m.group(3)) ? List.of(values) : values[0]);
            }
        });
        Map<String, Object> typed = new LinkedHashMap<>();
        lists.forEach((list, rows) -> {
            List<Map<String, Object>> ordered = new ArrayList<>();
            rows.values().forEach(row -> {
                if (PlanForms.PLAN_ROWS.equals(list)) {
                    row.putIfAbsent("virtues", List.of());
                }
                ordered.add(row);
            });
            typed.put(list, ordered);
        });
        typed.put(PlanForms.PLEDGE, request.getParameter(PlanForms.PLEDGE));
        return typed;
    }

    /** The form after one of its own buttons: a row or member added (within the limits) or removed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> edited(Map<String, Object> typed, String action) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) typed.get(PlanForms.PLAN_ROWS);
        List<Map<String, Object>> team = (List<Map<String, Object>>) typed.get(PlanForms.TEAM);
        if (action.equals(ADD_ROW) && rows.size() < PlanForms.MAX_ROWS) {
            rows.add(emptyRow());
        } else if (action.equals(ADD_MEMBER) && team.size() < PlanForms.MAX_TEAM) {
            team.add(emptyMember());
        } else if (action.startsWith(REMOVE_ROW)) {
            remove(rows, action.substring(REMOVE_ROW.length()));
        } else if (action.startsWith(REMOVE_MEMBER)) {
            remove(team, action.substring(REMOVE_MEMBER.length()));
        }
        return typed;
    }

    private static void remove(List<Map<String, Object>> list, String index) {
        if (index.matches("\\d{1,3}") && Integer.parseInt(index) < list.size() && list.size() > 1) {
            list.remove(Integer.parseInt(index));
        }
    }

    private static Map<String, Object> empty() {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put(PlanForms.PLAN_ROWS, new ArrayList<>(List.of(emptyRow())));
        typed.put(PlanForms.TEAM, new ArrayList<>(List.of(emptyMember())));
        typed.put(PlanForms.PLEDGE, "");
        return typed;
    }

    private static Map<String, Object> emptyRow() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("virtues", List.of());
        return row;
    }

    private static Map<String, Object> emptyMember() {
        return new LinkedHashMap<>();
    }

    /** A stored plan as the page shows it to correct: months as typed in the Buddhist Era ("10/2569"). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> asTyped(Map<String, Object> stored) {
        Map<String, Object> typed = empty();
        if (stored.get(PlanForms.PLAN_ROWS) instanceof List<?> rows && !rows.isEmpty()) {
            List<Map<String, Object>> shown = new ArrayList<>();
            for (Object row : rows) {
                Map<String, Object> cells = new LinkedHashMap<>((Map<String, Object>) row);
                // a plan of before issue 12: one virtue, the period as text (to be given as months now)
                if (cells.get("virtue") != null) {
                    cells.put("virtues", List.of(cells.remove("virtue")));
                }
                cells.putIfAbsent("virtues", List.of());
                for (String month : PlanForms.MONTHS) {
                    if (cells.get(month) instanceof String iso && iso.matches("\\d{4}-\\d{2}")) {
                        YearMonth m = YearMonth.parse(iso);
                        cells.put(month, m.getMonthValue() + "/" + (m.getYear() + 543));
                    }
                }
                shown.add(cells);
            }
            typed.put(PlanForms.PLAN_ROWS, shown);
        }
        if (stored.get(PlanForms.TEAM) instanceof List<?> team && !team.isEmpty()) {
            typed.put(PlanForms.TEAM, new ArrayList<>((List<Map<String, Object>>) team));
        }
        typed.put(PlanForms.PLEDGE, stored.getOrDefault(PlanForms.PLEDGE, ""));
        return typed;
    }
}
