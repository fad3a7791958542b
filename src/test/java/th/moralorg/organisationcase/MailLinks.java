package th.moralorg.organisationcase;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import org.awaitility.Awaitility;

import th.moralorg.support.TestMail;

/** Finds a link in the mail an address received, as the person would click it (tests only). */
final class MailLinks {

    private MailLinks() {
    }

    /** Waits for a mail to {@code address} holding a link that matches {@code pattern}; returns group 1. */
    static String await(String address, String pattern) {
        Pattern link = Pattern.compile(pattern);
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> TestMail.to(address).stream().map(m -> find(m, link)).flatMap(Optional::stream)
                        .reduce((first, second) -> second), Optional::isPresent).orElseThrow();
    }

    private static Optional<String> find(Part part, Pattern link) {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                Matcher m = link.matcher(text);
                return m.find() ? Optional.of(m.group(1)) : Optional.empty();
            }
            if (content instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    Optional<String> found = find(body, link);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
