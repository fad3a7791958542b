package th.moralorg.event;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.AsSystem;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.EventType;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;

/**
 * Planning a provincial event and listing a province's events of a year, with the rules and the
 * access check of /api/events, for the API and the office page alike.
 */
@Service
public class EventPlanning {

    public record EventInput(String provinceCode, Object fiscalYear, String eventType, String title, String plannedOn,
            String place) {
    }

    private final ProvincialEvents events;
    private final Provinces provinces;
    private final RuntimeService runtime;
    private final AsSystem asSystem;

    EventPlanning(ProvincialEvents events, Provinces provinces, RuntimeService runtime, AsSystem asSystem) {
        this.events = events;
        this.provinces = provinces;
        this.runtime = runtime;
        this.asSystem = asSystem;
    }

    /** Stores the event and starts its process; 400 per field, 403 for another province. */
    @Transactional
    public ProvincialEvents.Event plan(ApiCaller caller, EventInput input) {
        FieldErrors errors = new FieldErrors();
        provinces.read("provinceCode", input.provinceCode(), errors);
        Integer year = FiscalYear.read("fiscalYear", input.fiscalYear(), errors);
        Optional<EventType> type = ThaiNames.find(EventType.class, input.eventType());
        if (type.isEmpty()) {
            errors.add("eventType", "ประเภทกิจกรรมต้องเป็น " + ThaiNames.choices(List.of(EventType.values())));
        }
        String title = errors.text("title", input.title(), "ชื่อกิจกรรม", 300, true);
        LocalDate plannedOn = errors.date("plannedOn", input.plannedOn(), "วันที่จัดกิจกรรม");
        String place = errors.text("place", input.place(), "สถานที่", 300, true);
        errors.throwIfInvalid();
        caller.requireProvince(input.provinceCode());
        long id = events.create(input.provinceCode(), year, input.eventType(), title, plannedOn, place, caller.userId());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(ProvinceTenants.PROVINCE_VARIABLE, input.provinceCode());
        variables.put("fiscalYear", year);
        variables.put("eventId", id);
        variables.put("eventType", input.eventType());
        variables.put("eventTitle", type.get().thai() + ": " + title);
        // as the system, once the caller's province is checked; the instance is recorded on the row
        String instance = asSystem.start(ProvincialEvents.PROCESS_KEY, String.valueOf(id),
                () -> runtime.startProcessInstanceByKey(ProvincialEvents.PROCESS_KEY, "EVENT-" + id, variables).getId());
        if (!events.attachProcess(id, instance)) {
            throw new IllegalStateException("Event " + id + " belongs to another process instance");
        }
        return events.find(id).orElseThrow();
    }

    /** The events of one province and fiscal year (PCO its own province, DRA any). */
    public List<ProvincialEvents.Listed> ofProvince(ApiCaller caller, String provinceCode, Object fiscalYear) {
        FieldErrors errors = new FieldErrors();
        provinces.read("provinceCode", provinceCode, errors);
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        caller.requireProvince(provinceCode);
        return events.ofProvince(provinceCode, year);
    }
}
