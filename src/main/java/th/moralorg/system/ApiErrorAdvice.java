package th.moralorg.system;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Requests our API cannot read get a 4xx with a Thai message, never a stack trace or a 500. */
@RestControllerAdvice(basePackages = "th.moralorg")
class ApiErrorAdvice {

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable() {
        return error(HttpStatus.BAD_REQUEST, "ข้อมูลที่ส่งมาอ่านไม่ได้ ต้องเป็น JSON ที่ถูกต้อง");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> mediaType() {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "รูปแบบข้อมูลที่ส่งมาไม่รองรับ");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Map<String, String>> method() {
        return error(HttpStatus.METHOD_NOT_ALLOWED, "ไม่รองรับคำสั่งนี้ที่ที่อยู่นี้");
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, String>> missingPart() {
        return error(HttpStatus.BAD_REQUEST, "ข้อมูลที่ต้องส่งไม่ครบ");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge() {
        return error(HttpStatus.PAYLOAD_TOO_LARGE, "ไฟล์มีขนาดใหญ่เกินกำหนด");
    }

    static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
