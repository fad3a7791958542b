package th.moralorg.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path a request really addresses, as the servlet container decoded and normalised it: what
 * every guard matches, so that {@code //}, {@code ;params} or a trailing slash slip past none.
 */
public final class RequestPaths {

    private RequestPaths() {
    }

    /** Decoded, without path parameters, with repeated slashes folded and no trailing slash. */
    public static String normalised(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").replaceAll("(.)/$", "$1");
    }

    /** {@link #normalised}, in lower case. */
    public static String of(HttpServletRequest request) {
        return normalised(request).toLowerCase(Locale.ROOT);
    }
}
