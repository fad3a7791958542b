package th.moralorg.errors;

import java.util.Map;
import java.util.TreeMap;

/** A refusal of our own REST API: an HTTP status, a Thai message and, for 400, a message per field. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final Map<String, String> fields;

    public ApiProblem(int status, String thaiMessage, Map<String, String> fields) {
        super(thaiMessage);
        this.status = status;
        this.fields = new TreeMap<>(fields);
    }

    public static ApiProblem unauthorized() {
        return new ApiProblem(401, "กรุณาเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านที่ถูกต้อง", Map.of());
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

    public static ApiProblem invalid(Map<String, String> fields) {
        return new ApiProblem(400, "ข้อมูลไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้งในแต่ละช่อง", fields);
    }

    public int status() {
        return status;
    }

    public Map<String, String> fields() {
        return fields;
    }
}
