package th.moralorg.notification;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** E-mail addresses checked where they enter: one plain address, strictly parsed (RFC 822). */
public final class Addresses {

    private static final int MAX_LENGTH = 254;

    private Addresses() {
    }

    /** The normalised address, or empty when {@code raw} is not one deliverable address. */
    public static Optional<String> parse(String raw) {
        return problem(raw) == null ? Optional.of(normalise(raw)) : Optional.empty();
    }

    /** Why {@code raw} is not a usable address (in English, for administrators), or null when it is. */
    public static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "no address";
        }
        String candidate = raw.trim();
        if (candidate.length() > MAX_LENGTH) {
            return "address longer than " + MAX_LENGTH + " characters";
        }
        if (!candidate.chars().allMatch(c -> c > 32 && c < 127)) {
            return "address with spaces, control or non-ASCII characters";
        }
        try {
            InternetAddress parsed = new InternetAddress(candidate, true);
            parsed.validate();
            if (parsed.getPersonal() != null || !parsed.getAddress().equals(candidate)) {
                return "not a plain address";
            }
            String domain = candidate.substring(candidate.lastIndexOf('@') + 1);
            if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
                return "domain without a dot";
            }
            return null;
        } catch (AddressException e) {
            return "invalid address: " + e.getMessage();
        }
    }

    private static String normalise(String raw) {
        String trimmed = raw.trim();
        int at = trimmed.lastIndexOf('@');
        return trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }
}
