package th.moralorg.errors;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import th.moralorg.validation.FormValidationException;

/**
 * Engine errors that Camunda's REST API would answer with 500 although the caller is at fault:
 * work on another province's task (another tenant) is a refusal, 403; a form with bad data is
 * 400 with a Thai message per field; a task that is gone is 404. The Thai wording of the first
 * and the last is EngineErrorsInThai's, as for the webapps' API. Every other engine error keeps Camunda's own mapping.
 */
@Provider
@Priority(1)
class EngineErrorMapper implements ExceptionMapper<ProcessEngineException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Response toResponse(ProcessEngineException exception) {
        return respond(exception);
    }

    /** Camunda's resources wrap some engine errors (task completion) in a RestException of status 500. */
    @Provider
    @Priority(1)
    static class Wrapped implements ExceptionMapper<RestException> {

        @Override
        public Response toResponse(RestException exception) {
            return respond(exception);
        }
    }

    static Response respond(Exception exception) {
        FormValidationException invalid = causeOfType(exception, FormValidationException.class);
        if (invalid != null) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "FormValidationException");
            body.put("message", invalid.getMessage());
            body.put("errors", invalid.errors());
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(toJson(body)).build();
        }
        AuthorizationException refused = causeOfType(exception, AuthorizationException.class);
        if (refused != null && refused != exception) {
            // a refusal from inside the engine (a task listener), which wraps it
            return error(Response.Status.FORBIDDEN, "AuthorizationException", refused.getMessage());
        }
        DatabaseRefusal database = DatabaseRefusal.of(exception).orElse(null);
        if (database != null) {
            return error(Response.Status.SERVICE_UNAVAILABLE, database.type(), database.thaiMessage());
        }
        ProcessEngineException engineError = causeOfType(exception, ProcessEngineException.class);
        String message = engineError == null ? null : engineError.getMessage();
        // the status only: EngineErrorsInThai words the message for every API alike
        if (message != null && message.contains("belongs to no authenticated tenant")) {
            return error(Response.Status.FORBIDDEN, "AuthorizationException", message);
        }
        if (message != null && message.contains("Cannot find task with id")) {
            // a task someone else has just completed: the caller asks for what is not there
            return error(Response.Status.NOT_FOUND, "NotFoundException", message);
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    private static Response error(Response.Status status, String type, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("message", message);
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(toJson(body)).build();
    }

    private static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String toJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
