package th.moralorg.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public reference data for forms: provinces and the fiscal years one can register for. */
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
}
