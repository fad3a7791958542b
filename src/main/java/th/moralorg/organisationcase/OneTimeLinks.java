package th.moralorg.organisationcase;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Single-use, expiring links (set a password, correct a registration). Only the token's SHA-256
 * is stored, so a database dump opens no account.
 */
@Component
class OneTimeLinks {

    enum Purpose { SET_PASSWORD, CORRECTION }

    record Link(String caseNumber, String userId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    OneTimeLinks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a link and returns its token (to be mailed, never stored). */
    String issue(Purpose purpose, String caseNumber, String userId, Duration validity) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                insert into mo.one_time_link (token_sha256, purpose, case_number, user_id, expires_at)
                values (?, ?, ?, ?, ?)""")
                .params(sha256(token), purpose.name(), caseNumber, userId, OffsetDateTime.now(clock).plus(validity))
                .update();
        return token;
    }

    /** Uses a link: present only once, unexpired and for this purpose. */
    Optional<Link> redeem(Purpose purpose, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                update mo.one_time_link set used_at = ?
                where token_sha256 = ? and purpose = ? and used_at is null and expires_at > ?
                returning case_number, user_id""")
                .params(OffsetDateTime.now(clock), sha256(token), purpose.name(), OffsetDateTime.now(clock))
                .query(Link.class).optional();
    }

    /** Looks at a link without using it (to show the form it opens). */
    Optional<Link> peek(Purpose purpose, String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select case_number, user_id from mo.one_time_link
                where token_sha256 = ? and purpose = ? and used_at is null and expires_at > ?""")
                .params(sha256(token), purpose.name(), OffsetDateTime.now(clock))
                .query(Link.class).optional();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
