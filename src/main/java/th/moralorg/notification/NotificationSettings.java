package th.moralorg.notification;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the notification outbox ({@code moralorg.notification.*}, docs/notifications.md).
 *
 * @param baseUrl where people open the system; links in mail start here
 * @param from sender address of every mail
 * @param fromName sender name people see
 * @param zone time zone of dates in mail and of the daily digest
 * @param senderEnabled whether this node sends mail (every node may: rows are claimed with SKIP LOCKED)
 * @param senderInterval pause between two looks at the outbox when it is empty
 * @param senderThreads mails sent at the same time by this node
 * @param maxAttempts attempts before a mail is marked FAILED
 * @param initialBackoff wait before the second attempt; doubled after each failure
 * @param maxBackoff longest wait between two attempts
 * @param digestTime local time at which the daily task digest goes out
 * @param digestCheckInterval how often the digest job looks whether the digest is due
 */
@ConfigurationProperties("moralorg.notification")
record NotificationSettings(URI baseUrl, String from, String fromName, ZoneId zone, Boolean senderEnabled,
        Duration senderInterval, Integer senderThreads, Integer maxAttempts, Duration initialBackoff,
        Duration maxBackoff, LocalTime digestTime, Duration digestCheckInterval) {

    NotificationSettings {
        baseUrl = baseUrl != null ? baseUrl : URI.create("http://localhost:8080");
        from = from != null ? from : "no-reply@moralorg.local";
        fromName = fromName != null ? fromName : "ระบบองค์กรคุณธรรม";
        zone = zone != null ? zone : ZoneId.of("Asia/Bangkok");
        senderEnabled = senderEnabled == null || senderEnabled;
        senderInterval = senderInterval != null ? senderInterval : Duration.ofSeconds(2);
        senderThreads = senderThreads != null ? senderThreads : 2;
        maxAttempts = maxAttempts != null ? maxAttempts : 8;
        initialBackoff = initialBackoff != null ? initialBackoff : Duration.ofSeconds(30);
        maxBackoff = maxBackoff != null ? maxBackoff : Duration.ofHours(6);
        digestTime = digestTime != null ? digestTime : LocalTime.of(7, 0);
        digestCheckInterval = digestCheckInterval != null ? digestCheckInterval : Duration.ofMinutes(1);
        if (maxAttempts < 1 || senderThreads < 1) {
            throw new IllegalArgumentException("moralorg.notification.max-attempts and sender-threads must be at least 1");
        }
    }

    /** Wait before attempt {@code attemptsSoFar + 1}: the initial backoff doubled per failure, capped. */
    Duration backoffAfter(int attemptsSoFar) {
        Duration wait = initialBackoff;
        for (int i = 1; i < attemptsSoFar && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }

    /** An absolute link: {@code path} as given when it is already absolute, else under the base URL. */
    String link(String path) {
        if (path == null || path.isBlank()) {
            return baseUrl.toString();
        }
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return path;
        }
        String base = baseUrl.toString().replaceAll("/+$", "");
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
