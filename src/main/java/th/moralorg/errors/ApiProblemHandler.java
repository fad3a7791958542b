package th.moralorg.errors;

import java.util.Map;

import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import th.moralorg.validation.FormValidationException;

/** Our REST API's refusals as problem details with a Thai detail (and {@code errors} per field for 400). */
@RestControllerAdvice(basePackages = "th.moralorg")
class ApiProblemHandler {

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem) {
        var response = ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"moral-organisation\", charset=\"UTF-8\"");
        }
        return response.body(problem.body());
    }

    @ExceptionHandler(FormValidationException.class)
    ResponseEntity<ProblemDetail> rejected(FormValidationException rejected) {
        return problem(ApiProblem.invalid(rejected.errors()));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType() {
        return problem(new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(), "รูปแบบข้อมูลที่ส่งมาไม่รองรับ", Map.of()));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method() {
        return problem(new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED.value(), "ไม่รองรับคำสั่งนี้ที่ที่อยู่นี้", Map.of()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> unreadable(Exception e) {
        return problem(new ApiProblem(HttpStatus.BAD_REQUEST.value(),
                "อ่านคำขอไม่ได้ กรุณาตรวจสอบรูปแบบข้อมูล (JSON) และพารามิเตอร์ที่จำเป็น", Map.of()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(ApiProblem.invalid(Map.of("file", "ไฟล์มีขนาดใหญ่เกินกำหนด")));
    }

    /** Tomcat refuses a file name holding NUL before any controller sees it. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableUpload(MultipartException e) {
        return problem(ApiProblem.invalid(NestedExceptionUtils.getMostSpecificCause(e) instanceof InvalidFileNameException
                ? Map.of("fileName", "ชื่อไฟล์ไม่มีตัวอักษรที่ใช้ได้หรือมีอักขระต้องห้าม กรุณาเปลี่ยนชื่อไฟล์แล้วแนบใหม่")
                : Map.of("file", "อ่านไฟล์ที่แนบไม่ได้ กรุณาแนบใหม่")));
    }
}
