package th.moralorg.identity;

import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Stamps each new process instance with the tenant of its province (variable
 * {@code provinceCode}), or the national tenant when it has none. Definitions stay shared.
 * A tenant chosen that way is refused when an authenticated user who is not an administrator is
 * not a member of it: only the system (no authentication) starts work for any province.
 * Camunda publishes this extension point in an impl package; it is the only such use besides
 * the engine plugin that registers it (see ArchitectureTests).
 */
class ProvinceTenantIdProvider implements TenantIdProvider {

    static final String REFUSAL = "ไม่มีสิทธิ์เริ่มงานของจังหวัดอื่น";

    private final Supplier<IdentityService> identity;

    ProvinceTenantIdProvider(Supplier<IdentityService> identity) {
        this.identity = identity;
    }

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
        String tenant = province instanceof String code && code.matches("\\d{2}") ? ProvinceTenants.tenantOf(code)
                : ProvinceTenants.NATIONAL;
        refuseUnlessMember(tenant);
        return tenant;
    }

    /** The tenant came from the starter's variables: a person may only start work in their own. */
    private void refuseUnlessMember(String tenant) {
        IdentityService identities = identity.get();
        if (CurrentUser.of(identities).isPresent() && !CurrentUser.groups(identities).contains(Roles.ADMINISTRATORS)
                && !CurrentUser.tenants(identities).contains(tenant)) {
            throw new AuthorizationException(REFUSAL);
        }
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
