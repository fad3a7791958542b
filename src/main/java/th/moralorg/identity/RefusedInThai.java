package th.moralorg.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;

/**
 * What Spring Security refuses, said in Thai: a post without its page's CSRF token (a form kept
 * open past its session, or one another site made up), or a door closed to everyone (the webapps'
 * own login form). API callers get our JSON refusal, people a short page with the way back.
 */
final class RefusedInThai implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        String message = denied instanceof CsrfException
                ? "คำขอนี้ไม่มีรหัสยืนยันของหน้าเว็บ (CSRF) หรือรหัสหมดอายุ กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง"
                : "ไม่มีสิทธิ์ใช้งานส่วนนี้ กรุณาเข้าสู่ระบบที่หน้า " + SignInConfiguration.SIGN_IN;
        if (RequestPaths.of(request).startsWith("/api/") || RequestPaths.of(request).startsWith("/camunda/api/")) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", message);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>ไม่สำเร็จ</title>"
                + "<link rel=\"stylesheet\" href=\"/moralorg.css\"></head><body><main><h1>ดำเนินการไม่สำเร็จ</h1><p>"
                + message + "</p><p><a href=\"/\">กลับหน้าแรก</a></p></main></body></html>");
    }
}
