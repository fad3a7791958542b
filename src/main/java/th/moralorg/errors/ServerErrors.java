package th.moralorg.errors;

import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * A server error (5xx) says nothing about its cause to the caller: a generic Thai message and an
 * id, under which the cause is logged. Spring's error page ({@code /error}, for /api and anything
 * else that fails outside Camunda's REST resources) takes its body from here, as problem details
 * ({@link ProblemErrorController}); Camunda's APIs get the same treatment in {@link EngineErrorsInThai}.
 */
@Component
class ServerErrors extends DefaultErrorAttributes {

    static final String MESSAGE = "ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง หากยังไม่ได้ กรุณาแจ้งผู้ดูแลระบบพร้อมรหัสข้อผิดพลาด";

    private static final Logger LOG = LoggerFactory.getLogger(ServerErrors.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        if (attributes.get("status") instanceof Integer status && status >= 500) {
            String id = newId();
            Throwable error = getError(request);
            Object uri = request.getAttribute("jakarta.servlet.error.request_uri", RequestAttributes.SCOPE_REQUEST);
            if (error != null) {
                LOG.error("Server error {} answered {} for {}", id, status, uri, error);
            } else {
                LOG.error("Server error {} answered {} for {}: {}", id, status, uri,
                        request.getAttribute("jakarta.servlet.error.message", RequestAttributes.SCOPE_REQUEST));
            }
            attributes.remove("exception");
            attributes.remove("trace");
            attributes.remove("errors");
            attributes.put("message", MESSAGE + " " + id);
            attributes.put("errorId", id);
        }
        return attributes;
    }

    /** Short enough to read out on the phone, long enough to find one line in a day's log. */
    static String newId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
