package th.moralorg.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Registers {@link ProvinceTenantIdProvider} and {@link OfficeTaskAuthorizationProvider}; the
 * Spring Boot starter picks up plugin beans.
 */
@Component
class ProvinceTenantPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setTenantIdProvider(new ProvinceTenantIdProvider(configuration::getIdentityService));
        configuration.setResourceAuthorizationProvider(new OfficeTaskAuthorizationProvider());
    }
}
