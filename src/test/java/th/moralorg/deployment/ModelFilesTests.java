package th.moralorg.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What administrators and officers need of every model in bpmn/: it opens laid out in Camunda
 * Modeler, keeps history for a set time, and speaks Thai where people read it.
 */
class ModelFilesTests {

    static List<Path> models() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    static List<Path> forms() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            return files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
    }

    /** Officers cannot call the REST API: forms link to the pages (trainers, events, meetings). */
    @ParameterizedTest
    @MethodSource("forms")
    void noFormShowsOfficersARestCall(Path file) throws IOException {
        String form = Files.readString(file);
        assertThat(form).as(file.toString()).doesNotContain("/api/").doesNotContainPattern("`(GET|POST|PUT|DELETE) ");
    }

    /**
     * form-js's date field takes only the Common Era: a date is a text field a person types in พ.ศ.,
     * read on the server (FieldErrors.date, docs/architecture.md "Dates"), with the form said below it.
     */
    @ParameterizedTest
    @MethodSource("forms")
    void datesAreTypedInTheBuddhistEra(Path file) throws IOException {
        String form = Files.readString(file);
        assertThat(form).as(file.toString()).doesNotContain("\"datetime\"");
        if (form.contains("Date\"") || form.contains("On\"")) {
            assertThat(form).as(file.toString()).contains("วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569");
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyModelIsLaidOutWithThaiNamesAndAHistoryTimeToLive(Path file) throws IOException {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        Collection<Process> processes = model.getModelElementsByType(Process.class);

        assertThat(processes).isNotEmpty();
        for (Process process : processes) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive of " + file).isNotBlank();
            assertThat(process.getName()).as("name of " + process.getId()).matches(".*\\p{InThai}.*");
        }
        List<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).toList();
        List<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .map(e -> e.getBpmnElement().getId()).toList();
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            if (element instanceof FlowNode node) {
                assertThat(shapes).as("diagram shape of " + node.getId()).contains(node.getId());
                assertThat(node.getName()).as("Thai name of " + node.getId()).matches(".*\\p{InThai}.*");
                // Tasklist shows a user task's documentation as its description: Thai, with the seed's step
                assertThat(node.getDocumentations()).as("documentation of " + node.getId()).singleElement()
                        .satisfies(doc -> assertThat(doc.getTextContent()).as("documentation of " + node.getId())
                                .matches("(?s)ข้อ 5\\..*\\p{InThai}.*"));
            } else if (element instanceof SequenceFlow flow) {
                assertThat(edges).as("diagram edge of " + flow.getId()).contains(flow.getId());
                if (flow.getSource() instanceof ExclusiveGateway gateway && gateway.getOutgoing().size() > 1) {
                    assertThat(flow.getName()).as("Thai name of the choice " + flow.getId()).matches(".*\\p{InThai}.*");
                }
            }
        }
    }

    /**
     * The case's and the event's tasks are due after what administrators configure
     * ({@code moralorg.case.task-due}, {@code moralorg.event.task-due}), by their own task id, never a literal.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"bpmn/organisation-case/organisation-case.bpmn, caseSteps",
            "bpmn/provincial-event/provincial-event.bpmn, eventSteps"})
    void dueDatesComeFromConfiguration(String file, String steps) {
        BpmnModelInstance model = Bpmn.readModelFromFile(Path.of(file).toFile());
        Collection<org.camunda.bpm.model.bpmn.instance.UserTask> userTasks =
                model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
        assertThat(userTasks).isNotEmpty().allSatisfy(task -> assertThat(task.getCamundaDueDate()).as(task.getId())
                .isEqualTo("${" + steps + ".dueDate('" + task.getId() + "')}"));
    }
}
