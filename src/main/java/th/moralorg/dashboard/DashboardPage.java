package th.moralorg.dashboard;

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
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;

/**
 * The programme dashboard, {@code /dashboard}: tables first (the page reads without
 * JavaScript), the tile map as SVG drawn here, and charts that js/dashboard.js draws with
 * ECharts (the WebJar, /webjars/echarts/) from the same figures as JSON ({@code /api/dashboard}).
 */
@PageController
class DashboardPage {

    static final String PATH = "/dashboard";
    private static final String TEMPLATE = "dashboard/dashboard";

    private final Dashboard dashboard;
    private final Provinces provinces;
    private final IdentityService identity;

    DashboardPage(Dashboard dashboard, Provinces provinces, IdentityService identity) {
        this.dashboard = dashboard;
        this.provinces = provinces;
        this.identity = identity;
    }

    @GetMapping(PATH)
    ModelAndView show(HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        Map<String, String[]> params = request.getParameterMap();
        Map<String, Object> model = new HashMap<>();
        Map<String, String> form = new HashMap<>();
        params.forEach((key, values) -> form.put(key, values.length == 0 ? "" : values[0]));
        model.put("form", form);
        boolean national = caller.readsEveryProvince();
        List<Province> visible = provinces.findAll().stream()
                .filter(p -> national || caller.provinces().contains(p.code())).toList();
        model.put("provinces", visible);
        model.put("national", national);
        model.put("mapMeasures", Dashboard.columns(Measure.PER_PROVINCE));
        model.put("errors", Map.of());
        try {
            Dashboard.Request asked = dashboard.read(params, caller);
            model.put("view", dashboard.view(asked));
            model.put("json", address("/api/dashboard", asked));
            for (String table : DashboardController.TABLES) {
                model.put("xlsx_" + table, address("/api/exports/dashboard-" + table + ".xlsx", asked));
            }
            return new ModelAndView(TEMPLATE, model, HttpStatus.OK);
        } catch (FormValidationException invalid) {
            model.put("errors", invalid.errors());
            model.put("refusal", "แสดงภาพรวมไม่ได้ กรุณาแก้ไขตามที่แจ้ง");
            return new ModelAndView(TEMPLATE, model, HttpStatus.BAD_REQUEST);
        } catch (ApiProblem refused) {
            model.put("errors", refused.fields());
            model.put("refusal", refused.getMessage());
            return new ModelAndView(TEMPLATE, model, HttpStatus.valueOf(refused.status()));
        }
    }

    /** The address of {@code path} for the same year and province. */
    static String address(String path, Dashboard.Request asked) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path).queryParam("fiscalYear", asked.fiscalYear());
        if (asked.province() != null) {
            uri.queryParam("province", asked.province());
        }
        return uri.encode().build().toUriString();
    }
}
