package th.moralorg.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A 401 from /api or /engine-rest asks API clients for Basic credentials, never a browser: a
 * browser would pop up its own password box, a second sign-in beside ours. Browsers tell
 * themselves apart by Sec-Fetch-Mode on every request; API clients send none.
 */
class NoBrowserPrompt extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getHeader("Sec-Fetch-Mode") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"WWW-Authenticate".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }
        });
    }
}
