package th.moralorg.event;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;

/**
 * What provincial-event.bpmn asks of our tables ({@code ${eventSteps.officers(execution)}}): the
 * instance's own event row, never {@code eventId} or {@code provinceCode} as variables.
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("eventSteps")
public class EventSteps implements ProvinceOfInstance {

    private final ProvincialEvents events;

    EventSteps(ProvincialEvents events) {
        this.events = events;
    }

    @Override
    public Optional<ProvinceYear> find(String processInstanceId) {
        return events.ofInstance(processInstanceId).map(e -> new ProvinceYear(e.provinceCode(), e.fiscalYear()));
    }

    ProvincialEvents.Event event(String processInstanceId) {
        return events.ofInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No event of process instance " + processInstanceId));
    }
}
