package th.moralorg.errors;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST resources at /engine-rest, plus our refinements of its error answers. */
@Component
class RestApiResources extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(EngineErrorMapper.class);
        register(EngineErrorMapper.Wrapped.class);
    }
}
