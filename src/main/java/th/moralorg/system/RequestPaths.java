package th.moralorg.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The path a request really addresses, as the servlet container decoded and normalised it. */
final class RequestPaths {

    private RequestPaths() {
    }

    /** Lower-case, decoded, without path parameters and with repeated slashes folded. */
    static String of(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    }
}
