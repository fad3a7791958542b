package th.moralorg.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The engine reports work on another province's task (another tenant) as a plain engine error,
 * which Camunda's REST API answers with 500. It is a refusal: answer 403, in Thai. Every other
 * engine error keeps Camunda's own mapping.
 */
@Provider
@Priority(1)
class TenantRefusalMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
        String message = exception.getMessage();
        if (message != null && message.contains("belongs to no authenticated tenant")) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"type\":\"AuthorizationException\",\"message\":"
                            + "\"ไม่มีสิทธิ์ดำเนินการกับงานหรือเรื่องของจังหวัดอื่น\"}")
                    .build();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
