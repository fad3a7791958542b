package th.moralorg.support;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * One office task in a province's tenant, for tests about access rather than about a process:
 * our own processes start only through our code, which binds their row to the instance.
 */
public final class ProvinceTaskProbe {

    public static final String KEY = "province-task-probe";

    private ProvinceTaskProbe() {
    }

    /** Starts the probe as the system: its one task is for {@code pco-<provinceCode>}, in that province's tenant. */
    public static ProcessInstance start(RepositoryService repository, RuntimeService runtime, String provinceCode) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count() == 0) {
            repository.createDeployment().name(KEY).enableDuplicateFiltering(true)
                    .addModelInstance(KEY + ".bpmn", Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                            .startEvent().userTask("probeTask").name("งานทดสอบสิทธิ์")
                            .camundaCandidateGroups("pco-${provinceCode}").endEvent().done())
                    .deploy();
        }
        return runtime.startProcessInstanceByKey(KEY, java.util.Map.of("provinceCode", provinceCode));
    }
}
