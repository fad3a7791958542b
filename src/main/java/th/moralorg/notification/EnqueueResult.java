package th.moralorg.notification;

import java.util.List;

/**
 * What {@link NotificationService#enqueue} did.
 *
 * @param queued mails added to the outbox (one per recipient)
 * @param duplicates recipients that already had this notification (same idempotency key)
 * @param skipped recipients without a usable address, each with the reason (recorded as INVALID)
 */
public record EnqueueResult(int queued, int duplicates, List<String> skipped) {
}
