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
 * caller's input: answer 400 with the Thai messages per field.
 */
@Provider
@Priority(1)
class SubmissionRejectedMapper implements ExceptionMapper<RestException> {

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
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
