package th.moralorg.identity;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The sign-in page checks passwords where every other door does: Camunda's identity service (the
 * same users and password policy as /engine-rest and Admin). The signed-in name is the Camunda
 * user id; the person's groups are read where access is decided, on every request.
 */
@Component
class EnginePasswords implements AuthenticationProvider {

    private final IdentityService identity;

    EnginePasswords(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String user = attempt.getName() == null ? "" : attempt.getName().trim();
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        if (user.isEmpty() || password.isEmpty() || !passwordMatches(user, password)) {
            throw new BadCredentialsException("wrong user or password");
        }
        // no authorities: who may do what is read from Camunda's groups on every request (PageCaller,
        // ApiAuthenticationFilter, the webapps), never from a copy taken at sign-in
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of());
    }

    private boolean passwordMatches(String user, String password) {
        try {
            return identity.checkPassword(user, password);
        } catch (ProcessEngineException notAUserId) {
            // an id Camunda would never accept (spaces, slashes): no such user
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
