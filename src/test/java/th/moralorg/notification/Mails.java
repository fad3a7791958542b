package th.moralorg.notification;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

import th.moralorg.support.TestMail;

/** Reading caught mail in tests. */
final class Mails {

    private static final AtomicInteger sequence = new AtomicInteger();

    private Mails() {
    }

    /** An address no other test uses. */
    static String unique(String who) {
        return who + "." + System.nanoTime() + "." + sequence.incrementAndGet() + "@example.org";
    }

    static ConditionFactory await() {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    /** Waits until exactly {@code count} mails reached {@code address}, then returns them. */
    static List<MimeMessage> awaitMail(String address, int count) {
        await().until(() -> TestMail.to(address).size() >= count);
        return TestMail.to(address);
    }

    static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
