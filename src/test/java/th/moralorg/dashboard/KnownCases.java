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

    /** One case at {@code stage} since {@code sinceDays} ago, due in {@code dueInDays} (null: nothing due). */
    void insert(String province, int year, String status, Integer level, String stage, String waitingOn, int sinceDays,
            Integer dueInDays) {
        int n = SERIAL.incrementAndGet();
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
                .params(String.format("MO-%d-%s-%04d", year, province, 9000 + n), organisation, year, province, status,
                        level, stage, waitingOn, Timestamp.from(Instant.now().minus(Duration.ofDays(sinceDays))),
                        dueInDays == null ? null : Timestamp.from(Instant.now().plus(Duration.ofDays(dueInDays))))
                .update();
    }
}
