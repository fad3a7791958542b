package th.moralorg.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * A wrong password answers 401 with the sign-in page again and a Thai message under it (not a
 * redirect): the person sees at once what went wrong, and LoginThrottle counts the 401.
 */
@Component
class SignInRefused implements AuthenticationFailureHandler {

    static final String MESSAGE = "signInError";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        request.setAttribute(MESSAGE, "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        // Spring Security's filters see REQUEST dispatches only (application.yaml), so this
        // forward reaches the page without a second sign-in attempt
        request.getRequestDispatcher(SignInConfiguration.SIGN_IN).forward(request, response);
    }
}
