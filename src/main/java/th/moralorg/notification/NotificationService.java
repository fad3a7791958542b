package th.moralorg.notification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The notification API for process code: writes mail to the outbox in the caller's transaction
 * (the engine's, inside a delegate or listener), so a step that fails leaves no mail behind and a
 * step that commits leaves its mail for the sender. Nothing is sent here.
 */
@Service
public class NotificationService {

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final Outbox outbox;
    private final Directory directory;
    private final MailRenderer renderer;
    private final Clock clock;
    private final OutboxSender sender;

    NotificationService(Outbox outbox, Directory directory, MailRenderer renderer, Clock clock, OutboxSender sender) {
        this.outbox = outbox;
        this.directory = directory;
        this.renderer = renderer;
        this.clock = clock;
        this.sender = sender;
    }

    /** As {@link #enqueue(NotificationKind, Collection, String, String, Map)}, the kind by its id. */
    @Transactional
    public EnqueueResult enqueue(String kind, Collection<String> recipients, String businessKey, String idempotencyKey,
            Map<String, ?> model) {
        return enqueue(NotificationKind.of(kind), recipients, businessKey, idempotencyKey, model);
    }

    /**
     * Queues one mail of {@code kind} per recipient, at most once per idempotency key and
     * recipient: calling again with the same key adds nothing.
     *
     * @param recipients addresses, {@code user:<id>} or {@code group:<id>} (see {@link Directory});
     *     unusable ones are recorded as INVALID with the reason and never block the others
     * @param businessKey the case's business key (shown as case number unless the model has
     *     {@code caseNumber})
     * @param idempotencyKey e.g. {@code <kind>:<businessKey>:<activityInstanceId or taskId>}
     * @param model template variables (see docs/notifications.md)
     */
    @Transactional
    public EnqueueResult enqueue(NotificationKind kind, Collection<String> recipients, String businessKey,
            String idempotencyKey, Map<String, ?> model) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a notification needs an idempotency key");
        }
        if (outbox.exists(idempotencyKey)) {
            return new EnqueueResult(0, recipients.size(), List.of());
        }
        MailRenderer.Rendered mail = renderer.render(kind, businessKey, model == null ? Map.of() : model);
        int queued = 0;
        int duplicates = 0;
        List<String> skipped = new ArrayList<>();
        for (Directory.Recipient r : directory.resolve(recipients)) {
            boolean added;
            if (r.usable()) {
                added = outbox.insert(idempotencyKey, r.address(), kind, businessKey, mail, "PENDING", null, clock.instant());
                queued += added ? 1 : 0;
            } else {
                String recipient = r.address() != null ? r.address() : r.specification();
                added = outbox.insert(idempotencyKey, recipient, kind, businessKey, mail, "INVALID", r.problem(),
                        clock.instant());
                skipped.add(recipient + ": " + r.problem());
                log.warn("Notification {} not sent to '{}': {}", idempotencyKey, recipient, r.problem());
            }
            duplicates += added ? 0 : 1;
        }
        if (queued == 0 && skipped.isEmpty()) {
            log.warn("Notification {} ({}) has no recipient", idempotencyKey, kind.id());
        }
        if (queued > 0) {
            wakeSenderAfterCommit();
        }
        return new EnqueueResult(queued, duplicates, List.copyOf(skipped));
    }

    private void wakeSenderAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sender.wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        });
    }
}
