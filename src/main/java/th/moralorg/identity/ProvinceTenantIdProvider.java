package th.moralorg.identity;

import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Stamps each new process instance with the tenant of its province (variable
 * {@code provinceCode}), or the national tenant when it has none. Definitions stay shared.
 * Camunda publishes this extension point in an impl package; it is the only such use besides
 * the engine plugin that registers it (see ArchitectureTests).
 */
class ProvinceTenantIdProvider implements TenantIdProvider {

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
            return ctx.getSuperExecution().getTenantId();
        }
        if (ctx.getProcessDefinition() != null
                && ProvinceTenants.NATIONAL_PROCESSES.contains(ctx.getProcessDefinition().getKey())) {
            return ProvinceTenants.NATIONAL;
        }
        Object province = ctx.getVariables().get(ProvinceTenants.PROVINCE_VARIABLE);
        if (province instanceof String code && code.matches("\\d{2}")) {
            return ProvinceTenants.tenantOf(code);
        }
        return ProvinceTenants.NATIONAL;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        if (ctx.getExecution() != null) {
            return ctx.getExecution().getTenantId();
        }
        return null;
    }
}
