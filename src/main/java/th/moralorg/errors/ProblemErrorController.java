package th.moralorg.errors;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.type.TypeReference;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;

/**
 * Spring's error page ({@code /error}) for what fails outside our controllers' refusals (a path
 * nobody serves, a server error, a request the container refused): on our own paths its JSON is
 * problem details like every other /api refusal, with {@code errorId} for a server error
 * ({@link ServerErrors}). Pages for browsers, and Camunda's APIs, keep the answer Spring gives.
 */
@Controller
class ProblemErrorController extends BasicErrorController {

    /** The detail of a refusal that reaches the error page without one of ours. */
    private static final Map<Integer, String> DETAILS = Map.of(
            400, "อ่านคำขอไม่ได้ กรุณาตรวจสอบรูปแบบข้อมูลและพารามิเตอร์ที่จำเป็น",
            401, ApiProblem.SIGN_IN,
            403, "ท่านไม่มีสิทธิ์ดำเนินการนี้",
            404, "ไม่พบสิ่งที่ขอ กรุณาตรวจสอบที่อยู่",
            405, "ไม่รองรับคำสั่งนี้ที่ที่อยู่นี้",
            415, "รูปแบบข้อมูลที่ส่งมาไม่รองรับ");

    /** The Thai detail of a refusal (4xx) that comes with no message of ours. */
    static String detail(int status) {
        return DETAILS.getOrDefault(status, ApiProblem.title(status));
    }

    ProblemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
            ObjectProvider<ErrorViewResolver> resolvers) {
        super(errorAttributes, server.getError(), resolvers.orderedStream().toList());
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        ResponseEntity<Map<String, Object>> answer = super.error(request);
        Map<String, Object> attributes = answer.getBody();
        if (attributes == null || request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
                && ApiErrors.isCamundaApi(uri.substring(request.getContextPath().length()))) {
            return answer;
        }
        int status = answer.getStatusCode().value();
        ProblemDetail problem = ApiProblem.problem(status, status >= 500 ? String.valueOf(attributes.get("message"))
                : detail(status));
        if (attributes.get("errorId") != null) {
            problem.setProperty("errorId", attributes.get("errorId"));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiErrors.JSON.convertValue(problem, new TypeReference<Map<String, Object>>() { }));
    }
}
