package th.moralorg.support;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Organisations and their cases written straight into the tables, for the public registry's
 * tests and benchmark where only the rows matter (no process behind them). The personal data is
 * made up and recognisable ({@link #COORDINATOR_NAME}, …) so that a test can tell it never shows.
 */
public final class RegistryRows {

    public static final String COORDINATOR_NAME = "นางสาวลับเฉพาะ ผู้ประสานงาน";
    public static final String COORDINATOR_PHONE = "099-111-2233";
    public static final String HEAD_NAME = "นายหัวหน้า ไม่เปิดเผย";
    public static final String ADDRESS = "88/8 ถนนส่วนตัว";

    private final JdbcClient jdbc;

    public RegistryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new organisation; returns its id. */
    public long organisation(String name, String type, String province) {
        return jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, parent_body, address, province_code,
                                             executive_count, member_count, head_name)
                values (?, lower(?), ?, null, ?, ?, 3, 30, ?) returning id""")
                .params(name, name, type, ADDRESS, province, HEAD_NAME).query(Long.class).single();
    }

    /** Its case of a fiscal year, with this status and certified level (null: none). */
    public void caseOf(long organisationId, String caseNumber, int fiscalYear, String province, String status,
            Integer certifiedLevel, String coordinatorEmail) {
        jdbc.sql("""
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       certified_level, coordinator_name, coordinator_position, coordinator_phone, coordinator_email)
                values (?, ?, ?, ?, ?, ?, ?, 'เจ้าหน้าที่', ?, ?)""")
                .params(caseNumber, organisationId, fiscalYear, province, status, certifiedLevel, COORDINATOR_NAME,
                        COORDINATOR_PHONE, coordinatorEmail)
                .update();
    }
}
