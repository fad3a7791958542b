package th.moralorg.errors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.validation.FormValidationException;

/**
 * The error answers of Camunda's HTTP APIs in Thai, for the errors people meet in a normal day:
 * Tasklist shows an answer's {@code message} as it is, and the engine wraps our own Thai form
 * refusal in English ("Cannot submit task form …: ENGINE-03051 There was an exception while
 * invoking the TaskListener …"). Only error answers (status 400 and above) are read and
 * rewritten; every other answer streams through untouched. Type and code stay Camunda's.
 * Two more things hold for both APIs alike: work on another province's task or instance, or on a
 * task that is gone, answers 403 or 404 rather than the engine's 500 (on /engine-rest
 * EngineErrorMapper already sets that status; the webapps' API has Camunda's own mappers); and
 * any other server error (5xx) says nothing of its cause: a generic Thai message and an id under
 * which the original message is logged ({@link ServerErrors}).
 */
public class EngineErrorsInThai extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM_REFUSAL = FormValidationException.MESSAGE_PREFIX;

    private record Rule(Predicate<JsonNode> matches, String thai) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(error -> typeOrMessage(error, "TaskAlreadyClaimedException", "is already claimed by someone else"),
                    "งานนี้มีผู้อื่นรับไปดำเนินการแล้ว กรุณาโหลดรายการงานใหม่"),
            new Rule(error -> typeOrMessage(error, null, "belongs to no authenticated tenant"),
                    "ไม่มีสิทธิ์ดำเนินการกับงานหรือเรื่องของจังหวัดอื่น"),
            new Rule(error -> typeOrMessage(error, "AuthorizationException", null),
                    "ท่านไม่มีสิทธิ์ดำเนินการนี้ หากจำเป็นต้องใช้ กรุณาติดต่อผู้ดูแลระบบ"),
            // EngineErrorMapper's 503s, already in Thai: kept rather than made a generic server error
            new Rule(error -> typeOrMessage(error, DatabaseRefusal.UNREACHABLE.type(), null),
                    DatabaseRefusal.UNREACHABLE.thaiMessage()),
            new Rule(error -> typeOrMessage(error, DatabaseRefusal.REFUSES_WRITES.type(), null),
                    DatabaseRefusal.REFUSES_WRITES.thaiMessage()),
            new Rule(EngineErrorsInThai::concurrentUpdate, "ข้อมูลนี้เพิ่งถูกแก้ไขโดยผู้อื่น กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง"),
            new Rule(error -> typeOrMessage(error, null, "Cannot find task with id")
                    || typeOrMessage(error, null, "No matching task with id")
                    || typeOrMessage(error, null, "task is null"),
                    "ไม่พบงานนี้ อาจมีผู้ดำเนินการเสร็จไปแล้ว กรุณาโหลดรายการงานใหม่"));

    private record CallerError(Predicate<JsonNode> matches, int status) {
    }

    /**
     * Errors of the caller's that the webapps' API reports as 500: another tenant's or a vanished
     * task, a step that is not the caller's, a form our server check refused.
     */
    private static final List<CallerError> CALLER_ERRORS = List.of(
            new CallerError(error -> typeOrMessage(error, null, "belongs to no authenticated tenant"), 403),
            new CallerError(error -> typeOrMessage(error, null, FORM_REFUSAL), 400),
            // two people completing one task at once: the second lost, nothing of it was saved
            new CallerError(EngineErrorsInThai::concurrentUpdate, 409),
            new CallerError(error -> typeOrMessage(error, null, "Cannot find task with id")
                    || typeOrMessage(error, null, "task is null"), 404));

    private static final Logger LOG = LoggerFactory.getLogger(EngineErrorsInThai.class);

    /** Our own Thai refusal of a step's work, which the engine wraps in English: shown as it is, first. */
    private final Rule accessRefusal;
    private final CallerError accessRefusalStatus;

    /**
     * @param accessRefusal the message of the access rules' refusal of a step to someone outside its
     *        candidates (identity.TaskWorkRefused), passed in so that error answers need not know access
     */
    public EngineErrorsInThai(String accessRefusal) {
        this.accessRefusal = new Rule(error -> typeOrMessage(error, null, accessRefusal), accessRefusal);
        this.accessRefusalStatus = new CallerError(
                error -> typeOrMessage(error, "AuthorizationException", accessRefusal), 403);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        capture.finish(request);
    }

    /** The status an engine 500 should have been, or 0 to keep it. */
    int callerErrorStatus(JsonNode error) {
        return Stream.concat(Stream.of(accessRefusalStatus), CALLER_ERRORS.stream())
                .filter(rule -> rule.matches().test(error)).mapToInt(CallerError::status).findFirst().orElse(0);
    }

    /** The Thai message for an error answer's body, or null to leave it as it is. */
    String thaiMessage(JsonNode error) {
        String message = error.path("message").asText("");
        int refusal = message.indexOf(FORM_REFUSAL);
        if (refusal >= 0) {
            // the engine quotes our message: "… Message: 'Exception while invoking TaskListener: <ours>'"
            return message.substring(refusal).replaceAll("'+\\s*$", "").strip();
        }
        return Stream.concat(Stream.of(accessRefusal), RULES.stream()).filter(rule -> rule.matches().test(error))
                .map(Rule::thai).findFirst().orElse(null);
    }

    /**
     * The engine's optimistic lock refused a change another transaction made first: by its type, or
     * (when the REST API wraps it, e.g. "Cannot submit task form …") by the lock's own message.
     */
    private static boolean concurrentUpdate(JsonNode error) {
        return typeOrMessage(error, "OptimisticLockingException", "was updated by another transaction concurrently");
    }

    private static boolean typeOrMessage(JsonNode error, String type, String messagePart) {
        return type != null && type.equals(error.path("type").asText())
                || messagePart != null && error.path("message").asText("").contains(messagePart);
    }

    /** Buffers the body of an error answer only; success answers are written straight through. */
    private final class ErrorCapture extends HttpServletResponseWrapper {

        private ByteArrayOutputStream buffer;
        private ServletOutputStream stream;
        private PrintWriter writer;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        private boolean error() {
            return getStatus() >= 400;
        }

        @Override
        public void setContentLength(int length) {
            if (!error()) {
                super.setContentLength(length);
            }
        }

        @Override
        public void setContentLengthLong(long length) {
            if (!error()) {
                super.setContentLengthLong(length);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!(error() && "Content-Length".equalsIgnoreCase(name))) {
                super.setHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!error()) {
                return super.getOutputStream();
            }
            if (stream == null) {
                buffer = new ByteArrayOutputStream();
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        buffer.write(b);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) {
                        buffer.write(bytes, offset, length);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking writes only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            if (!error()) {
                return super.getWriter();
            }
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (buffer == null) {
                super.flushBuffer();
            }
        }

        void finish(HttpServletRequest request) throws IOException {
            if (buffer == null) {
                return;
            }
            if (writer != null) {
                writer.flush();
            }
            byte[] body = buffer.toByteArray();
            ObjectNode error = null;
            try {
                error = JSON.readTree(body) instanceof ObjectNode object ? object : null;
            } catch (IOException notJson) {
                // not a JSON error answer: passed on as it came, unless it is a server error
            }
            boolean rewritten = false;
            if (error != null && getStatus() >= 500 && callerErrorStatus(error) > 0) {
                setStatus(callerErrorStatus(error));
                if (getStatus() == 403) {
                    error.put("type", "AuthorizationException");
                } else if (getStatus() == 400) {
                    error.put("type", "FormValidationException");
                }
                rewritten = true;
            }
            String thai = error == null ? null : thaiMessage(error);
            if (thai != null) {
                error.put("message", thai);
                rewritten = true;
            } else if (getStatus() >= 500) {
                String id = ServerErrors.newId();
                LOG.error("Server error {} answered {} for {} {}: {}", id, getStatus(), request.getMethod(),
                        request.getRequestURI(), error == null ? "(no JSON body)" : error.path("message").asText());
                error = error == null ? JSON.createObjectNode().put("type", "ServerError") : error;
                error.put("message", ServerErrors.MESSAGE + " " + id).put("errorId", id);
                setContentType("application/json");
                rewritten = true;
            }
            if (rewritten) {
                body = JSON.writeValueAsBytes(error);
                setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            response.flushBuffer();
        }
    }
}
