package th.moralorg.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;

/**
 * A parameter (query or form) holding the NUL character is refused with 400 in Thai before
 * anything reads it: PostgreSQL cannot store or even compare NUL in text, so any query given one
 * fails (a 500 where a 400 belongs). Tomcat already refuses NUL in the path; JSON bodies are
 * guarded by {@link NulInJson}.
 */
public final class NulCharacters extends OncePerRequestFilter {

    public static final String REFUSAL = "ข้อมูลที่ส่งมามีอักขระควบคุมที่ไม่อนุญาต (NUL) กรุณาตรวจสอบแล้วส่งใหม่";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey()) || java.util.Arrays.stream(parameter.getValue()).anyMatch(NulCharacters::hasNul)) {
                ApiErrors.writeForPeople(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
                        REFUSAL);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
