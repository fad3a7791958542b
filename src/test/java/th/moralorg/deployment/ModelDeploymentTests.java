package th.moralorg.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.moralorg.preparation.Preparations;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;

@IntegrationTest
class ModelDeploymentTests {

    @Autowired
    ModelDeployment deployment;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    Preparations preparations;

    @Test
    void deploysEveryModelWithItsFormsUnderStableRelativeNames() {
        ProcessDefinition preparation = latest("preparation");

        assertThat(preparation.getResourceName()).isEqualTo("preparation/preparation.bpmn");
        assertThat(preparation.getHistoryTimeToLive()).isNotNull().isPositive();
        assertThat(repository.getDeploymentResourceNames(preparation.getDeploymentId()))
                .containsExactlyInAnyOrder("preparation/preparation.bpmn", "preparation/staff-orientation.form",
                        "preparation/trainer-pool.form", "preparation/document-kit.form", "preparation/outreach.form");
    }

    @Test
    void aTaskShowsTheFormDeployedWithItsModel() throws Exception {
        // started the one way the application starts it: for its row (a bare start has no row to work on)
        preparations.open(new FiscalYear(2601), "96", "test");
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(Preparations.businessKey(new FiscalYear(2601), "96"))
                .singleResult();

        try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .contains("\"id\": \"staff-orientation\"").contains("วันที่ประชุม");
        }
    }

    @Test
    void aRestartWithUnchangedFilesCreatesNoNewVersion() {
        long deployments = repository.createDeploymentQuery().count();
        int version = latest("preparation").getVersion();

        deployment.run(null);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(latest("preparation").getVersion()).isEqualTo(version);
    }

    @Test
    void aChangedFileVersionsOnlyItsOwnUnit() {
        assertThat(deployment.deploy("unit-a", unit("unit-a/a.bpmn", process("unitA", "first")))).isTrue();
        assertThat(deployment.deploy("unit-b", unit("unit-b/b.bpmn", process("unitB", "first")))).isTrue();
        assertThat(deployment.deploy("unit-a", unit("unit-a/a.bpmn", process("unitA", "first")))).isFalse();

        assertThat(deployment.deploy("unit-a", unit("unit-a/a.bpmn", process("unitA", "second")))).isTrue();

        assertThat(latest("unitA").getVersion()).isEqualTo(2);
        assertThat(latest("unitB").getVersion()).isEqualTo(1);
        assertThat(repository.createDeploymentQuery().deploymentName("unit-b").count()).isEqualTo(1);
    }

    @Test
    void aDecisionTableIsItsOwnUnitAndFormsTravelWithTheirProcess() {
        assertThat(ModelDeployment.unitOf("organisation-case/certification-level.dmn"))
                .isEqualTo("organisation-case/certification-level");
        assertThat(ModelDeployment.unitOf("organisation-case/organisation-case.bpmn")).isEqualTo("organisation-case");
        assertThat(ModelDeployment.unitOf("organisation-case/plan-o04.form")).isEqualTo("organisation-case");
        assertThat(deployment.readUnits()).containsKeys("organisation-case", "organisation-case/certification-level")
                .allSatisfy((unit, files) -> assertThat(files.keySet()).allMatch(name -> ModelDeployment.unitOf(name)
                        .equals(unit)));
    }

    private ProcessDefinition latest(String key) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
    }

    private static Map<String, byte[]> unit(String name, String content) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(name, content.getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private static String process(String key, String label) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="test">
                  <process id="%s" name="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <startEvent id="start" />
                  </process>
                </definitions>
                """.formatted(key, label);
    }
}
