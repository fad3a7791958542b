package th.moralorg.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.OutboxStatus;
import th.moralorg.reference.ThaiNames;

/** The outbox table {@code mo.notification}: one row per mail and recipient. */
@Repository
class Outbox {

    /** A notification as administrators see it. */
    record Entry(long id, String idempotencyKey, String recipient, String kind, String businessKey, String subject,
            String status, int attempts, OffsetDateTime nextAttemptAt, String lastError, OffsetDateTime createdAt,
            OffsetDateTime sentAt) {
        @JsonProperty
        String statusName() {
            return ThaiNames.of(OutboxStatus.class, status);
        }
    }

    /** A row claimed for sending. */
    record Due(long id, String recipient, String subject, String bodyText, String bodyHtml, int attempts,
            OffsetDateTime createdAt) {
    }

    private static final String ENTRY = "select id, idempotency_key, recipient, kind, business_key, subject, status,"
            + " attempts, next_attempt_at, last_error, created_at, sent_at from mo.notification";

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String idempotencyKey) {
        return jdbc.sql("select exists (select 1 from mo.notification where idempotency_key = ?)")
                .param(idempotencyKey).query(Boolean.class).single();
    }

    /** Adds a row unless the same key and recipient exist; true when a row was added. */
    boolean insert(String key, String recipient, NotificationKind kind, String businessKey, MailRenderer.Rendered mail,
            String status, String problem, Instant now) {
        return jdbc.sql("""
                insert into mo.notification (idempotency_key, recipient, kind, urgency, business_key, subject,
                    body_text, body_html, status, last_error, next_attempt_at, created_at)
                values (:key, :recipient, :kind, :urgency, :businessKey, :subject, :text, :html, :status, :problem,
                    :now, :now)
                on conflict (idempotency_key, recipient) do nothing""")
                .param("key", key).param("recipient", recipient).param("kind", kind.id())
                .param("urgency", kind.urgency().ordinal())
                .param("businessKey", businessKey).param("subject", mail.subject()).param("text", mail.text())
                .param("html", mail.html()).param("status", status).param("problem", truncate(problem))
                .param("now", at(now))
                .update() == 1;
    }

    /**
     * Locks one due row that no other sender holds (SKIP LOCKED), the most urgent and then the
     * oldest (index notification_due_by_urgency); call inside a transaction.
     */
    Optional<Due> claimNext(Instant now) {
        return jdbc.sql("""
                select id, recipient, subject, body_text, body_html, attempts, created_at from mo.notification
                where status = 'PENDING' and next_attempt_at <= ?
                order by urgency, next_attempt_at, id
                limit 1
                for update skip locked""")
                .param(at(now)).query(Due.class).optional();
    }

    void markSent(long id, Instant now) {
        jdbc.sql("update mo.notification set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null"
                + " where id = ?").param(at(now)).param(id).update();
    }

    void markRetry(long id, String error, Instant nextAttempt) {
        jdbc.sql("update mo.notification set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                .param(truncate(error)).param(at(nextAttempt)).param(id).update();
    }

    void markFailed(long id, String error) {
        jdbc.sql("update mo.notification set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
                .param(truncate(error)).param(id).update();
    }

    /** Puts a FAILED row back in the queue with fresh attempts; false when there is no such FAILED row. */
    boolean resend(long id, Instant now) {
        return jdbc.sql("update mo.notification set status = 'PENDING', attempts = 0, next_attempt_at = ?"
                + " where id = ? and status = 'FAILED'").param(at(now)).param(id).update() == 1;
    }

    Optional<Entry> find(long id) {
        return jdbc.sql(ENTRY + " where id = ?").param(id).query(Entry.class).optional();
    }

    List<Entry> list(String status, String businessKey, int limit) {
        return jdbc.sql(ENTRY + " where (cast(:status as varchar) is null or status = :status)"
                + " and (cast(:businessKey as varchar) is null or business_key = :businessKey)"
                + " order by id desc limit :limit")
                .param("status", status).param("businessKey", businessKey).param("limit", limit)
                .query(Entry.class).list();
    }

    /** Rows per status, every status listed (0 when none). */
    Map<String, Long> countByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (OutboxStatus status : OutboxStatus.values()) {
            counts.put(status.code(), 0L);
        }
        jdbc.sql("select status, count(*) as n from mo.notification group by status")
                .query((rs, i) -> counts.put(rs.getString("status"), rs.getLong("n"))).list();
        return counts;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
