package th.moralorg.identity;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * Whether a request to the webapps' API ({@code /camunda/api}) comes with a signed-in session.
 * Camunda's own filters, which check that, run after ours; guards that read a body use this to
 * leave everyone else's requests unread for those filters to refuse. The webapps keep the login
 * in the session as an impl type, so this class is the one reader of it (ArchitectureTests).
 * Any visitor gets a session (the CSRF token lives there), so a session alone is not a login.
 */
public final class WebappSession {

    /** Camunda's session attribute (AuthenticationUtil). */
    private static final String LOGINS = "authenticatedUser";

    private WebappSession() {
    }

    /** Who signed in to the webapps for the default engine, with their groups. */
    public record SignedIn(String userId, List<String> groups) {
    }

    public static Optional<SignedIn> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(LOGINS) instanceof Authentications logins)) {
            return Optional.empty();
        }
        return logins.getAuthentications().stream().filter(login -> "default".equals(login.getProcessEngineName()))
                .findFirst().map(login -> new SignedIn(login.getIdentityId(),
                        login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds())));
    }

    public static boolean isSignedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(LOGINS) instanceof Authentications logins
                && !logins.getAuthentications().isEmpty();
    }
}
