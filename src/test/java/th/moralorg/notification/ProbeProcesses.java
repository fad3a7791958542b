package th.moralorg.notification;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/** Small processes that use the notification beans as a process author would, deployed by the tests. */
final class ProbeProcesses {

    /** Sends registration-received to ${email}, then waits in a user task. */
    static final String NOTIFY = "notify-probe";
    /** Sends registration-received to ${email}, then fails. */
    static final String NOTIFY_THEN_FAIL = "notify-then-fail-probe";
    /** A user task for ${group} whose creation notifies the group. */
    static final String TASK = "task-notify-probe";
    /** A user task "slaProbe" for ${group} (SLA rule in TestMailInitializer). */
    static final String SLA = "sla-probe";

    private ProbeProcesses() {
    }

    static void deploy(RepositoryService repository) {
        repository.createDeployment().name("notification-probes").enableDuplicateFiltering(false)
                .addModelInstance(NOTIFY + ".bpmn", notify(NOTIFY)
                        .userTask("afterNotify").name("รอ").endEvent().done())
                .addModelInstance(NOTIFY_THEN_FAIL + ".bpmn", notify(NOTIFY_THEN_FAIL)
                        .serviceTask("failAfterNotify").name("ขั้นที่ล้มเหลว").camundaDelegateExpression("${failingStep}")
                        .endEvent().done())
                .addModelInstance(TASK + ".bpmn", process(TASK).startEvent()
                        .userTask("reviewProbe").name("ตรวจใบสมัครทดสอบ").camundaCandidateGroups("${group}")
                        .camundaTaskListenerDelegateExpression("create", "${taskAssignmentNotifier}")
                        .endEvent().done())
                .addModelInstance(SLA + ".bpmn", process(SLA).startEvent()
                        .userTask("slaProbe").name("พิจารณาทดสอบ").camundaCandidateGroups("${group}")
                        .endEvent().done())
                .deploy();
    }

    private static ProcessBuilder process(String key) {
        return Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1);
    }

    private static org.camunda.bpm.model.bpmn.builder.ServiceTaskBuilder notify(String key) {
        return process(key).startEvent().serviceTask("tellOrganisation").name("แจ้งองค์กรว่าได้รับใบสมัคร")
                .camundaDelegateExpression("${notifyDelegate}")
                .camundaInputParameter("kind", "registration-received")
                .camundaInputParameter("recipients", "${email}");
    }

}
