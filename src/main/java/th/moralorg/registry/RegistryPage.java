package th.moralorg.registry;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import th.moralorg.reference.Level;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FormValidationException;
import th.moralorg.web.PageController;
import th.moralorg.web.PublicAnswers;

/**
 * The public registry for people, {@code /registry} (no sign-in): certified organisations by
 * fiscal year, province, level and type, searched by name, 50 a page, and one organisation's
 * levels over the years at {@code /registry/organisations/<id>}. What {@link Registry} reads;
 * kept by caches for a while when nobody is signed in (web.PublicAnswers).
 */
@PageController
class RegistryPage {

    static final String PATH = "/registry";

    private final Registry registry;
    private final Provinces provinces;

    RegistryPage(Registry registry, Provinces provinces) {
        this.registry = registry;
        this.provinces = provinces;
    }

    static String organisationPath(long organisationId) {
        return PATH + "/organisations/" + organisationId;
    }

    @GetMapping(PATH)
    ModelAndView list(HttpServletRequest request, HttpServletResponse response) {
        Map<String, String[]> params = request.getParameterMap();
        Map<String, Object> model = new HashMap<>();
        Map<String, String> form = new HashMap<>();
        params.forEach((key, values) -> form.put(key, values.length == 0 ? "" : values[0]));
        model.put("form", form);
        model.put("provinces", provinces.findAll());
        model.put("levels", Level.values());
        model.put("types", OrganisationType.values());
        model.put("errors", Map.of());
        try {
            RegistrySearch search = RegistrySearch.read(params, provinces);
            Registry.Page page = registry.page(search);
            model.put("page", page);
            model.put("next", page.next() == null ? null : address(params, page.next()));
            model.put("first", search.after() == null ? null : address(params, null));
            PublicAnswers.mayBeKept(request, response);
            return new ModelAndView("registry/registry", model, HttpStatus.OK);
        } catch (FormValidationException invalid) {
            model.put("errors", invalid.errors());
            model.put("refusal", "ค้นหาไม่ได้ กรุณาแก้ไขตัวกรองตามที่แจ้ง");
            return new ModelAndView("registry/registry", model, HttpStatus.BAD_REQUEST);
        }
    }

    @GetMapping(PATH + "/organisations/{id}")
    ModelAndView organisation(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Optional<Registry.History> history = id.matches("\\d{1,18}") ? registry.history(Long.parseLong(id)) : Optional.empty();
        ModelAndView page = new ModelAndView("registry/organisation");
        page.addObject("found", history.isPresent());
        history.ifPresent(h -> page.addObject("organisation", h));
        if (history.isPresent()) {
            PublicAnswers.mayBeKept(request, response);
        }
        page.setStatus(history.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        return page;
    }

    /** This search's address, from its first page ({@code after} null) or from after an entry. */
    private static String address(Map<String, String[]> params, String after) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH);
        params.entrySet().stream().filter(e -> !e.getKey().equals("after")).sorted(Map.Entry.comparingByKey())
                .forEach(e -> Arrays.stream(e.getValue()).filter(v -> !v.isBlank()).forEach(v -> uri.queryParam(e.getKey(), v)));
        if (after != null) {
            uri.queryParam("after", after);
        }
        return uri.encode().build().toUriString();
    }
}
