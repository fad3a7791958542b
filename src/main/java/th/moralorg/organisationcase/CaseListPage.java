package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Level;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.WaitingOn;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;

/**
 * The case list and search, {@code /cases} (issue 11 item 3): what {@code GET /api/cases} answers,
 * from the same {@link CaseSearch} and {@link CaseList}, as a page with its filters, the counts
 * per status, pages and the export of the list shown. Each case links to its page
 * {@code /cases/{caseNumber}}. A filter not understood shows the page again with the Thai message
 * under it (400); a province the caller may not list, the refusal (403).
 */
@PageController
class CaseListPage {

    static final String PATH = "/cases";
    private static final String TEMPLATE = "organisationcase/cases";

    /** A row as the page shows it: the case, and its dates in the Buddhist Era. */
    record Line(CaseList.Row row, String since, String due) {
    }

    /** A status with its count for the current filters, and the address that lists only it. */
    record StatusCount(String code, String name, long count, String href, boolean current) {
    }

    private final CaseList list;
    private final CaseStages stages;
    private final Provinces provinces;
    private final IdentityService identity;
    private final ZoneId zone;

    CaseListPage(CaseList list, CaseStages stages, Provinces provinces, IdentityService identity, Clock clock) {
        this.list = list;
        this.stages = stages;
        this.provinces = provinces;
        this.identity = identity;
        this.zone = clock.getZone();
    }

    @GetMapping(PATH)
    ModelAndView show(HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Map<String, String[]> params = request.getParameterMap();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form(params));
        model.put("statuses", CaseStatus.values());
        model.put("waitingOns", WaitingOn.values());
        model.put("levels", Level.values());
        model.put("stages", stages.all());
        model.put("sorts", CaseSearch.Sort.values());
        boolean national = CaseSearch.national(caller);
        List<Province> visible = provinces.findAll().stream()
                .filter(p -> national || caller.provinces().contains(p.code())).toList();
        model.put("provinces", visible);
        model.put("national", national);
        model.put("errors", Map.of());
        try {
            CaseSearch search = CaseSearch.read(params, caller, stages, provinces);
            CaseList.Page page = list.page(search);
            model.put("page", page);
            model.put("lines", page.items().stream().map(r -> new Line(r, CasePosition.date(r.stageSince(), zone),
                    CasePosition.date(r.dueAt(), zone))).toList());
            model.put("counts", counts(params, page, search));
            model.put("previous", page.page() > 1 ? with(params, "page", Integer.toString(page.page() - 1)) : null);
            model.put("next", page.page() < page.pages() && (long) page.page() * page.size() < CaseSearch.MAX_OFFSET
                    ? with(params, "page", Integer.toString(page.page() + 1)) : null);
            model.put("csv", export(params, "/api/exports/cases.csv"));
            model.put("xlsx", export(params, "/api/exports/cases.xlsx"));
            model.put("tooManyToExport", page.total() > CaseList.EXPORT_CAP);
            model.put("exportCap", CaseList.EXPORT_CAP);
            return new ModelAndView(TEMPLATE, model, HttpStatus.OK);
        } catch (FormValidationException invalid) {
            model.put("errors", invalid.errors());
            model.put("refusal", "ค้นหาไม่ได้ กรุณาแก้ไขตัวกรองตามที่แจ้ง");
            return new ModelAndView(TEMPLATE, model, HttpStatus.BAD_REQUEST);
        } catch (ApiProblem refused) {
            model.put("errors", refused.fields());
            model.put("refusal", refused.getMessage());
            return new ModelAndView(TEMPLATE, model, HttpStatus.valueOf(refused.status()));
        }
    }

    private static List<StatusCount> counts(Map<String, String[]> params, CaseList.Page page, CaseSearch search) {
        List<StatusCount> counts = new ArrayList<>();
        for (CaseStatus status : CaseStatus.values()) {
            long count = page.countsByStatus().getOrDefault(status.name(), 0L);
            boolean current = search.statuses().equals(List.of(status.name()));
            if (count > 0 || current) {
                counts.add(new StatusCount(status.name(), status.thai(), count, with(without(params, "page"), "status",
                        status.name()), current));
            }
        }
        return counts;
    }

    /** The single values of the form as sent, for filling it in again. */
    private static Map<String, Object> form(Map<String, String[]> params) {
        Map<String, Object> form = new HashMap<>();
        params.forEach((key, values) -> form.put(key, values.length == 0 ? "" : values[0]));
        form.put("status", params.containsKey("status") ? Arrays.asList(params.get("status")) : List.of());
        return form;
    }

    private static Map<String, String[]> without(Map<String, String[]> params, String key) {
        Map<String, String[]> rest = new HashMap<>(params);
        rest.remove(key);
        return rest;
    }

    /** This list's address with {@code key} set to {@code value} (and every other filter kept). */
    private static String with(Map<String, String[]> params, String key, String value) {
        Map<String, String[]> changed = new HashMap<>(params);
        changed.put(key, new String[] {value});
        return address(PATH, changed);
    }

    private static String export(Map<String, String[]> params, String path) {
        Map<String, String[]> rest = without(without(params, "page"), "size");
        return address(path, rest);
    }

    private static String address(String path, Map<String, String[]> params) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        params.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> Arrays.stream(e.getValue()).filter(v -> !v.isBlank()).forEach(v -> uri.queryParam(e.getKey(), v)));
        return uri.encode().build().toUriString();
    }
}
