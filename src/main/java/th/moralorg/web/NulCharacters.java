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
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            // reading a multipart request's parameters would parse its parts here, out of reach of the
            // handlers that answer a bad part (a NUL in a file name) in Thai: only its query is looked at
            String query = request.getQueryString();
            if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                refuse(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey()) || java.util.Arrays.stream(parameter.getValue()).anyMatch(NulCharacters::hasNul)) {
                refuse(request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ApiErrors.writeForPeople(request, response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException", REFUSAL);
    }

    static boolean hasNul(String value) {
        return value != null && value.indexOf('\u0000') >= 0;
    }
}
