package th.moralorg.dashboard;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Cases inserted straight with SQL where the dashboard's tests say they stand, each in an organisation of its own. */
final class KnownCases {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final JdbcClient jdbc;

    KnownCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One case at {@code stage} since {@code sinceDays} ago, due in {@code dueInDays} (null: nothing due); its number. */
    String insert(String province, int year, String status, Integer level, String stage, String waitingOn, int sinceDays,
            Integer dueInDays) {
        int n = SERIAL.incrementAndGet();
        String caseNumber = String.format("MO-%d-%s-%04d", year, province, 9000 + n);
        long organisation = jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, address, province_code, executive_count,
                                             member_count, head_name)
                values (?, ?, 'SCHOOL', 'ที่อยู่ทดสอบ', ?, 5, 50, 'หัวหน้าทดสอบ') returning id""")
                .params("โรงเรียนภาพรวม " + year + " " + n, "dashboard-test-" + year + "-" + n, province)
                .query(Long.class).single();
        jdbc.sql("""
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       certified_level, coordinator_name, coordinator_position, coordinator_phone, coordinator_email,
                       stage, waiting_on, stage_since, due_at)
                values (?, ?, ?, ?, ?, ?, 'ผู้ประสานงาน', 'ครู', '081-234-5678', 'dashboard@example.org', ?, ?, ?, ?)""")
                .params(caseNumber, organisation, year, province, status,
                        level, stage, waitingOn, Timestamp.from(Instant.now().minus(Duration.ofDays(sinceDays))),
                        dueInDays == null ? null : Timestamp.from(Instant.now().plus(Duration.ofDays(dueInDays))))
                .update();
        return caseNumber;
    }

    /** Registered {@code registeredDaysAgo}, certified by the province {@code certifiedDaysAgo}. */
    void certified(String caseNumber, int registeredDaysAgo, int certifiedDaysAgo) {
        jdbc.sql("update mo.organisation_case set created_at = ? where case_number = ?")
                .params(daysAgo(registeredDaysAgo), caseNumber).update();
        jdbc.sql("""
                insert into mo.case_decision (case_number, stage, outcome, level, decided_by, decided_at)
                values (?, 'PROVINCIAL', 'CERTIFIED', 2, 'officer.50', ?)""")
                .params(caseNumber, daysAgo(certifiedDaysAgo)).update();
    }

    /** Named an outstanding model by its province's subcommittee. */
    void outstanding(String caseNumber) {
        jdbc.sql("update mo.organisation_case set outstanding_model = true where case_number = ?").params(caseNumber).update();
    }

    /** A mail of {@code kind} about the case's task {@code task}, to each recipient, already sent. */
    void mail(String caseNumber, String kind, String task, String... recipients) {
        for (String recipient : recipients) {
            jdbc.sql("""
                    insert into mo.notification (idempotency_key, recipient, kind, business_key, subject, body_text,
                                                 body_html, status, next_attempt_at, created_at, sent_at)
                    values (?, ?, ?, ?, 'ทดสอบ', 'ทดสอบ', '<p>ทดสอบ</p>', 'SENT', now(), now(), now())""")
                    .params(kind + ":" + caseNumber + ":" + task, recipient, kind, caseNumber).update();
        }
    }

    private static Timestamp daysAgo(int days) {
        return Timestamp.from(Instant.now().minus(Duration.ofDays(days)));
    }
}
