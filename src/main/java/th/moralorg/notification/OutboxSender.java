package th.moralorg.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each mail is claimed, sent and marked in one short transaction
 * with {@code FOR UPDATE SKIP LOCKED}, so any number of threads and application nodes share the
 * work and never send a row twice; the most urgent mail goes first. While the SMTP server is
 * unreachable a pass stops at the first mail and leaves it as it was: an outage, however long, is
 * not the mail's fault and spends none of its attempts. A mail the server refuses is retried with
 * exponential backoff; after {@code max-attempts} the row is FAILED (logged at WARN) until an
 * administrator re-sends it.
 */
@Component
class OutboxSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final JavaMailSender mail;
    private final TransactionTemplate transactions;
    private final NotificationSettings settings;
    private final Clock clock;
    private final AtomicInteger failedSinceStart = new AtomicInteger();
    private final AtomicLong sentSinceStart = new AtomicLong();
    private final AtomicBoolean wakePending = new AtomicBoolean();
    private final AtomicBoolean smtpUnavailable = new AtomicBoolean();
    private final AtomicLong unavailablePasses = new AtomicLong();
    private volatile ScheduledExecutorService workers;

    /** Without a configured SMTP server there is no JavaMailSender: mail then waits in the outbox. */
    @Autowired
    OutboxSender(Outbox outbox, ObjectProvider<JavaMailSender> mail, TransactionTemplate transactions,
            NotificationSettings settings, Clock clock) {
        this(outbox, mail.getIfAvailable(), transactions, settings, clock);
    }

    OutboxSender(Outbox outbox, JavaMailSender mail, TransactionTemplate transactions, NotificationSettings settings,
            Clock clock) {
        this.outbox = outbox;
        this.mail = mail;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends every due mail; returns how many rows it handled (sent, retried or failed). */
    int sendDue() {
        if (mail == null) {
            return 0;
        }
        int handled = 0;
        try (SmtpConnection connection = new SmtpConnection(mail)) {
            while (isRunningOrManual() && Boolean.TRUE.equals(transactions.execute(status -> sendOne(connection)))) {
                handled++;
            }
        }
        return handled;
    }

    /**
     * Looks at the outbox now rather than at the next interval: called after a transaction that
     * queued mail commits, so mail leaves within milliseconds while the interval stays long.
     */
    void wake() {
        ScheduledExecutorService running = workers;
        if (running != null && !running.isShutdown() && wakePending.compareAndSet(false, true)) {
            try {
                running.execute(() -> {
                    wakePending.set(false);
                    sendDueSafely();
                });
            } catch (RejectedExecutionException e) {
                wakePending.set(false);
            }
        }
    }

    /** Rows that became FAILED on this node since it started. */
    int failedSinceStart() {
        return failedSinceStart.get();
    }

    /** Passes of this node's sender that found the SMTP server unreachable, since it started. */
    long unavailablePasses() {
        return unavailablePasses.get();
    }

    /** Mails this node sent since it started. */
    long sentSinceStart() {
        return sentSinceStart.get();
    }

    private boolean sendOne(SmtpConnection connection) {
        Optional<Outbox.Due> claimed = outbox.claimNext(clock.instant());
        if (claimed.isEmpty()) {
            return false;
        }
        Outbox.Due row = claimed.get();
        MimeMessage message;
        try {
            message = message(row);
        } catch (MessagingException | MailException e) {
            fail(row, "unusable message or address: " + describe(e));
            return true;
        }
        try {
            connection.send(message);
            outbox.markSent(row.id(), clock.instant());
            sentSinceStart.incrementAndGet();
            if (smtpUnavailable.compareAndSet(true, false)) {
                log.info("SMTP server reachable again: sending what waited in the outbox");
            }
        } catch (SmtpConnection.Unavailable e) {
            // logged once per outage; the next pass tries again, the other mail waits for it
            unavailablePasses.incrementAndGet();
            if (smtpUnavailable.compareAndSet(false, true)) {
                log.warn("SMTP server unavailable, mail waits in the outbox without spending attempts: {}",
                        describe(e));
            }
            return false;
        } catch (MessagingException | MailException e) {
            if (permanent(e) || row.attempts() + 1 >= settings.maxAttempts()) {
                fail(row, describe(e));
            } else {
                Instant next = clock.instant().plus(settings.backoffAfter(row.attempts() + 1));
                outbox.markRetry(row.id(), describe(e), next);
                log.info("Mail {} to {} not sent (attempt {}), next try at {}: {}", row.id(), row.recipient(),
                        row.attempts() + 1, next, describe(e));
            }
        }
        return true;
    }

    /** The server refused the address itself (SMTP 5xx on RCPT): trying again would not help. */
    private static boolean permanent(Exception e) {
        return e instanceof AddressException || e instanceof SendFailedException failed
                && failed.getInvalidAddresses() != null && failed.getInvalidAddresses().length > 0;
    }

    private void fail(Outbox.Due row, String error) {
        outbox.markFailed(row.id(), error);
        failedSinceStart.incrementAndGet();
        log.warn("Mail {} to {} FAILED after {} attempt(s): {}. Re-send it with POST /api/admin/notifications/{}/resend",
                row.id(), row.recipient(), row.attempts() + 1, error, row.id());
    }

    private MimeMessage message(Outbox.Due row) throws MessagingException {
        MimeMessage message = mail instanceof JavaMailSenderImpl impl
                ? new OutboxMessage(impl.getSession(), messageId(row))
                : mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                StandardCharsets.UTF_8.name());
        try {
            helper.setFrom(settings.from(), settings.fromName());
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.bodyText(), row.bodyHtml());
        message.setHeader("X-Moralorg-Notification", Long.toString(row.id()));
        return message;
    }

    /**
     * The row's own Message-ID: a mail sent again because its SENT mark was lost (the database
     * went away between SMTP's acceptance and the commit) is the same message to the receiving
     * mail systems, which keep one.
     */
    private String messageId(Outbox.Due row) {
        String from = settings.from();
        return "<notification-" + row.id() + "." + row.createdAt().toInstant().toEpochMilli() + "@"
                + from.substring(from.indexOf('@') + 1) + ">";
    }

    /** A MIME message that keeps the Message-ID it was given when it is saved. */
    private static final class OutboxMessage extends MimeMessage {

        private final String messageId;

        OutboxMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.getMessage() : e.getMessage() + " (" + root + ")";
    }

    private boolean isRunningOrManual() {
        return workers == null || !workers.isShutdown();
    }

    @Override
    public void start() {
        if (!settings.senderEnabled()) {
            log.info("Outbox sender disabled on this node (moralorg.notification.sender-enabled=false)");
            workers = null;
            return;
        }
        if (mail == null) {
            log.warn("No SMTP server configured (SPRING_MAIL_HOST): notifications are kept in the outbox"
                    + " and sent once one is configured and the application restarted");
            workers = null;
            return;
        }
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newScheduledThreadPool(settings.senderThreads(), r -> {
            Thread t = new Thread(r, "outbox-sender-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long interval = settings.senderInterval().toMillis();
        for (int i = 0; i < settings.senderThreads(); i++) {
            workers.scheduleWithFixedDelay(this::sendDueSafely, interval * i / settings.senderThreads(), interval,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void sendDueSafely() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("Outbox sender: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = workers;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return workers != null && !workers.isShutdown();
    }
}
