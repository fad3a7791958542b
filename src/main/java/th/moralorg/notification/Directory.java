package th.moralorg.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Who gets a mail: turns recipient specifications into addresses. A specification is an
 * address ({@code someone@example.org}), a user ({@code user:officer.10}, or a bare user id) or a
 * group ({@code group:pco-10}: every member with an e-mail).
 *
 * <p>Inside delegates and listeners the engine checks no authorization (its default
 * {@code authorizationEnabledForCustomCode=false}), so whoever completes the step that sends the
 * mail need not be allowed to read the user list.
 */
@Component
class Directory {

    static final String USER = "user:";
    static final String GROUP = "group:";

    private final IdentityService identity;

    Directory(IdentityService identity) {
        this.identity = identity;
    }

    /** One resolved recipient: the address (null when there is none) or why it cannot be used. */
    record Recipient(String specification, String userId, String address, String problem) {
        boolean usable() {
            return problem == null;
        }
    }

    List<Recipient> resolve(Collection<String> specifications) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        List<Recipient> unusable = new ArrayList<>();
        for (String spec : specifications) {
            if (spec == null || spec.isBlank()) {
                continue;
            }
            String s = spec.trim();
            List<Recipient> found;
            if (s.startsWith(GROUP)) {
                found = members(s.substring(GROUP.length()));
            } else if (s.startsWith(USER) || !s.contains("@")) {
                String id = s.startsWith(USER) ? s.substring(USER.length()) : s;
                found = List.of(ofUser(s, id, findUser(id)));
            } else {
                found = List.of(ofAddress(s, null, s));
            }
            for (Recipient r : found) {
                if (r.usable()) {
                    byAddress.putIfAbsent(r.address(), r);
                } else {
                    unusable.add(r);
                }
            }
        }
        List<Recipient> all = new ArrayList<>(byAddress.values());
        all.addAll(unusable);
        return all;
    }

    /** Members of a group, each with their address or the reason they cannot get mail. */
    List<Recipient> members(String groupId) {
        List<User> users = identity.createUserQuery().memberOfGroup(groupId).list();
        return users.stream().map(u -> ofUser(USER + u.getId(), u.getId(), u)).toList();
    }

    Recipient user(String userId) {
        return ofUser(USER + userId, userId, findUser(userId));
    }

    private User findUser(String id) {
        return identity.createUserQuery().userId(id).singleResult();
    }

    private static Recipient ofUser(String spec, String id, User user) {
        if (user == null) {
            return new Recipient(spec, id, null, "no such user: " + id);
        }
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            return new Recipient(spec, id, null, "user " + id + " has no e-mail address");
        }
        return ofAddress(spec, id, user.getEmail());
    }

    private static Recipient ofAddress(String spec, String userId, String raw) {
        String problem = Addresses.problem(raw);
        return problem == null
                ? new Recipient(spec, userId, Addresses.parse(raw).orElseThrow(), null)
                : new Recipient(spec, userId, raw, problem);
    }
}
