package th.moralorg.errors;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * A refusal of our own REST API: an HTTP status, a Thai message and, for 400, a message per field.
 * It answers as RFC 9457 problem details ({@link #body}), the one shape of every /api refusal.
 */
public class ApiProblem extends RuntimeException {

    /**
     * Each status's title, in Thai as RFC 9457 allows for {@code about:blank} (the status phrase, localised);
     * what happened is the detail.
     */
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "คำขอไม่ถูกต้อง"),
            Map.entry(401, "ต้องเข้าสู่ระบบ"),
            Map.entry(403, "ไม่มีสิทธิ์"),
            Map.entry(404, "ไม่พบ"),
            Map.entry(405, "ไม่รองรับคำสั่งนี้"),
            Map.entry(409, "ขัดกับสถานะปัจจุบัน"),
            Map.entry(410, "ใช้ไม่ได้แล้ว"),
            Map.entry(413, "ข้อมูลใหญ่เกินกำหนด"),
            Map.entry(415, "ไม่รองรับรูปแบบข้อมูลนี้"),
            Map.entry(429, "ส่งคำขอบ่อยเกินไป"),
            Map.entry(500, "ระบบขัดข้อง"),
            Map.entry(503, "ระบบไม่พร้อมให้บริการชั่วคราว"));

    /** The refusal of a request without valid credentials, wherever it is refused. */
    public static final String SIGN_IN = "กรุณาเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านที่ถูกต้อง";

    private final int status;
    private final Map<String, String> fields;

    public ApiProblem(int status, String thaiMessage, Map<String, String> fields) {
        super(thaiMessage);
        this.status = status;
        this.fields = new TreeMap<>(fields);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, SIGN_IN, Map.of());
    }

    public static ApiProblem forbidden(String thaiMessage) {
        return new ApiProblem(403, thaiMessage, Map.of());
    }

    public static ApiProblem notFound(String thaiMessage) {
        return new ApiProblem(404, thaiMessage, Map.of());
    }

    public static ApiProblem conflict(String thaiMessage) {
        return new ApiProblem(409, thaiMessage, Map.of());
    }

    /** A one-time link already used or expired. */
    public static ApiProblem gone(String thaiMessage) {
        return new ApiProblem(410, thaiMessage, Map.of());
    }

    public static ApiProblem invalid(Map<String, String> fields) {
        return new ApiProblem(400, "ข้อมูลไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้งในแต่ละช่อง", fields);
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** The answer: type about:blank, the status's title, the Thai message as detail, {@code errors} per field. */
    public ProblemDetail body() {
        ProblemDetail body = problem(status, getMessage());
        if (!fields.isEmpty()) {
            body.setProperty("errors", fields);
        }
        return body;
    }

    static ProblemDetail problem(int status, String thaiDetail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), thaiDetail);
        body.setTitle(title(status));
        return body;
    }

    /** Statuses without a title of their own take the general one of their class. */
    static String title(int status) {
        return TITLES.getOrDefault(status, TITLES.get(status >= 500 ? 500 : 400));
    }
}
