package th.moralorg.event;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;

/**
 * What provincial-event.bpmn asks of our tables ({@code ${eventSteps.officers(execution)}}): the
 * instance's own event row, never {@code eventId} or {@code provinceCode} as variables; and of the
 * configuration ({@code ${eventSteps.dueDate('inviteOrganisations')}}, {@link EventSettings}).
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("eventSteps")
public class EventSteps implements ProvinceOfInstance {

    private final ProvincialEvents events;
    private final EventSettings settings;
    private final Clock clock;

    EventSteps(ProvincialEvents events, EventSettings settings, Clock clock) {
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public Date dueDate(String taskId) {
        return Date.from(clock.instant().plus(settings.dueAfter(taskId)));
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
