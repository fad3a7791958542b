package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import th.moralorg.support.IntegrationTest;

/**
 * The tenant of a new instance comes from the starter's provinceCode; a person may only choose
 * one of their own tenants. The probe group may start instances, so only the provider refuses.
 */
@IntegrationTest
class ProvinceTenantIdProviderTests {

    static final String GROUP = "tenant-probe";
    /** A model of its own: our processes start only through our code, which binds their row. */
    static final String PROCESS = "tenant-probe";

    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;

    List<String> grants = new java.util.ArrayList<>();

    @BeforeEach
    void grantStarts() {
        repository.createDeployment().name(PROCESS).enableDuplicateFiltering(false)
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
                        .startEvent().userTask("probe").endEvent().done())
                .deploy();
        grant(Resources.PROCESS_DEFINITION, Permissions.READ, Permissions.CREATE_INSTANCE);
        grant(Resources.PROCESS_INSTANCE, Permissions.CREATE);
    }

    @AfterEach
    void revoke() {
        identity.clearAuthentication();
        grants.forEach(authorizations::deleteAuthorization);
    }

    @Test
    void aPersonCannotStartWorkInAnotherProvince() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count();
        identity.setAuthentication("probe.10", List.of(GROUP), List.of("province-10"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, "PREP-PROBE-50",
                Map.of("provinceCode", "50"))).isInstanceOf(AuthorizationException.class)
                .hasMessage(ProvinceTenantIdProvider.REFUSAL);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(PROCESS, "PREP-PROBE-NATIONAL", Map.of()))
                .isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS).count()).isEqualTo(before);
    }

    @Test
    void theirOwnProvinceAndTheSystemPass() {
        identity.setAuthentication("probe.10", List.of(GROUP), List.of("province-10"));
        String own = runtime.startProcessInstanceByKey(PROCESS, "PREP-PROBE-10", Map.of("provinceCode", "10")).getId();
        identity.clearAuthentication();
        String system = runtime.startProcessInstanceByKey(PROCESS, "PREP-PROBE-S50", Map.of("provinceCode", "50")).getId();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(own).singleResult().getTenantId())
                .isEqualTo("province-10");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(system).singleResult().getTenantId())
                .isEqualTo("province-50");
        runtime.deleteProcessInstance(own, "test");
        runtime.deleteProcessInstance(system, "test");
    }

    private void grant(Resources resource, Permissions... permissions) {
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId(GROUP);
        grant.setResource(resource);
        grant.setResourceId("*");
        for (Permissions p : permissions) {
            grant.addPermission(p);
        }
        grants.add(authorizations.saveAuthorization(grant).getId());
    }
}
