package th.moralorg.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Camunda's REST API wraps an engine error on task completion in a 500 {@link RestException}.
 * When a complete listener refused the submission ({@link SubmissionRejected}), it is the
 * caller's input: answer 400 with the Thai messages per field. Work on another province's task,
 * wrapped the same way, is answered 403 as {@link TenantRefusalMapper} does.
 */
@Provider
@Priority(1)
class SubmissionRejectedMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("belongs to no authenticated tenant")) {
                // completing another province's task: Camunda wraps the tenant refusal in a 500
                return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity("{\"type\":\"AuthorizationException\",\"message\":"
                                + "\"ไม่มีสิทธิ์ดำเนินการกับงานหรือเรื่องของจังหวัดอื่น\"}")
                        .build();
            }
        }
        while (cause != null && !(cause instanceof SubmissionRejected)) {
            cause = cause.getCause();
        }
        if (cause instanceof SubmissionRejected rejected) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity("{\"type\":\"SubmissionRejected\",\"message\":\"" + rejected.getMessage().replace("\"", "'")
                            + "\"}")
                    .build();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
}
