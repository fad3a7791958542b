package th.moralorg.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference data for forms: provinces and the fiscal years one can register for (both public), and
 * the Thai names of every code (signed-in pages build their choices from it).
 */
@RestController
class ReferenceController {

    private final Provinces provinces;
    private final Clock clock;

    ReferenceController(Provinces provinces, Clock clock) {
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping("/api/provinces")
    List<Province> provinces() {
        return provinces.findAll();
    }

    @GetMapping("/api/fiscal-years")
    Map<String, Object> fiscalYears() {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        return Map.of("current", current.buddhistYear(), "open", List.of(current.buddhistYear(),
                current.next().buddhistYear()));
    }

    /** Per kind of code ({@link ThaiNames#KINDS}), code → Thai name, in the order choices are offered. */
    @GetMapping("/api/names")
    Map<String, Map<String, String>> names() {
        Map<String, Map<String, String>> names = new LinkedHashMap<>();
        ThaiNames.KINDS.forEach((key, kind) -> names.put(key, ThaiNames.all(kind)));
        return names;
    }
}
