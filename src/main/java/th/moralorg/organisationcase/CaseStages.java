package th.moralorg.organisationcase;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import th.moralorg.identity.AsSystem;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.WaitingOn;

/**
 * The wait states of the organisation-case model, read through the model API: where a case can
 * stand, with the Thai name people read and whom it waits on by the wait state's extension
 * property {@value #PROPERTY} (docs/processes.md, "Where a case stands"), which administrators
 * change in Camunda Modeler without code. A message or timer catch event right after an
 * event-based gateway is no wait state of its own: the gateway is.
 */
@Component
public class CaseStages {

    /** The extension property (camunda:property) that says whom a wait state waits on. */
    public static final String PROPERTY = "waitingOn";

    /** A wait state; {@code waitingOn} empty when the model does not say (or says something unknown). */
    public record Stage(String id, String name, Optional<WaitingOn> waitingOn) {
    }

    private record Cached(String definitionId, Map<String, Stage> stages, Map<String, String> names) {
    }

    private final RepositoryService repository;
    private final AsSystem asSystem;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    CaseStages(RepositoryService repository, AsSystem asSystem) {
        this.repository = repository;
        this.asSystem = asSystem;
    }

    /** The wait states of the latest deployed model, in the model's order. */
    public Collection<Stage> all() {
        return latest().values();
    }

    /** The Thai names of the stages a case can stand at (wait states and end events of the latest model), by id. */
    public Map<String, String> names() {
        return read().names();
    }

    /** The Thai name of a stage, else its id (a stage of an older model version). */
    public String nameOf(String stageId) {
        return stageId == null ? null : names().getOrDefault(stageId, stageId);
    }

    /**
     * Whom the wait state {@code node} waits on: its own property, else that of the wait state with
     * its id in the latest model (an instance started on a version deployed before the property).
     */
    Optional<WaitingOn> waitingOn(FlowNode node) {
        return waitingOnProperty(node).or(() -> Optional.ofNullable(latest().get(node.getId())).flatMap(Stage::waitingOn));
    }

    private Map<String, Stage> latest() {
        return read().stages();
    }

    private Cached read() {
        String latestId = asSystem.call(() -> {
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(CaseSteps.PROCESS_KEY).withoutTenantId().latestVersion().singleResult();
            return definition.getId();
        });
        Cached now = cached.get();
        if (now != null && now.definitionId().equals(latestId)) {
            return now;
        }
        BpmnModelInstance model = asSystem.call(() -> model(latestId));
        Map<String, Stage> stages = waitStates(model);
        Map<String, String> names = new LinkedHashMap<>();
        stages.values().forEach(stage -> names.put(stage.id(), stage.name()));
        model.getModelElementsByType(EndEvent.class).forEach(end -> names.put(end.getId(), end.getName()));
        Cached fresh = new Cached(latestId, stages, Map.copyOf(names));
        cached.set(fresh);
        return fresh;
    }

    private BpmnModelInstance model(String definitionId) {
        return repository.getBpmnModelInstance(definitionId);
    }

    /** The wait states of a model (also what the model's test checks every one of). */
    static Map<String, Stage> waitStates(BpmnModelInstance model) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (isWaitState(node)) {
                stages.put(node.getId(), new Stage(node.getId(), node.getName(), waitingOnProperty(node)));
            }
        }
        return stages;
    }

    static boolean isWaitState(FlowNode node) {
        if (node instanceof UserTask || node instanceof ReceiveTask || node instanceof EventBasedGateway) {
            return true;
        }
        return node instanceof IntermediateCatchEvent && !afterEventBasedGateway(node);
    }

    static boolean afterEventBasedGateway(FlowNode node) {
        return node.getPreviousNodes().list().stream().anyMatch(EventBasedGateway.class::isInstance);
    }

    /** The timer events a wait state waits for: itself, or the events after a gateway. */
    static List<String> timersOf(FlowNode node) {
        List<FlowNode> candidates = node instanceof EventBasedGateway ? node.getSucceedingNodes().list()
                : List.of(node);
        return candidates.stream()
                .filter(n -> n instanceof IntermediateCatchEvent e
                        && e.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .map(FlowNode::getId).toList();
    }

    /** The raw value of the {@value #PROPERTY} property, if the node has one. */
    static Optional<String> propertyValue(FlowNode node) {
        ExtensionElements extensions = node.getExtensionElements();
        if (extensions == null) {
            return Optional.empty();
        }
        return extensions.getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(p -> PROPERTY.equals(p.getCamundaName())).map(CamundaProperty::getCamundaValue).findFirst();
    }

    static Optional<WaitingOn> waitingOnProperty(FlowNode node) {
        return propertyValue(node).flatMap(value -> ThaiNames.find(WaitingOn.class, value));
    }
}
