package th.moralorg.web;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda 7.24's webapps keep a page's Content-Security-Policy nonce in an attribute of the
 * servlet context, which every request shares: the header filter writes it, the filter serving a
 * webapp's index.html reads it back. Two webapp requests served at once may swap nonces; the
 * browser then blocks every script of the page and the officer sees a blank Tasklist, Cockpit or
 * Admin (met on a busy machine). Each request here gets its own place for that one attribute;
 * everything else of the servlet context stays shared.
 */
public class WebappNonces extends OncePerRequestFilter {

    /** Camunda's ContentSecurityPolicyProvider.ATTR_CSP_FILTER_NONCE, named: it lives in an impl package. */
    static final String NONCE = "org.camunda.bpm.csp.nonce";
    private static final Set<String> ATTRIBUTE_METHODS = Set.of("getAttribute", "setAttribute", "removeAttribute");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ServletContext ownNonce = withOwnNonce(request.getServletContext());
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public ServletContext getServletContext() {
                return ownNonce;
            }
        }, response);
    }

    private static ServletContext withOwnNonce(ServletContext shared) {
        ConcurrentHashMap<String, Object> own = new ConcurrentHashMap<>(1);
        return (ServletContext) Proxy.newProxyInstance(ServletContext.class.getClassLoader(),
                new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                    if (ATTRIBUTE_METHODS.contains(method.getName()) && NONCE.equals(args[0])) {
                        if (method.getName().equals("getAttribute")) {
                            return own.get(NONCE);
                        }
                        if (method.getName().equals("setAttribute") && args[1] != null) {
                            own.put(NONCE, args[1]);
                        } else {
                            own.remove(NONCE);
                        }
                        return null;
                    }
                    try {
                        return method.invoke(shared, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
