package th.moralorg.export;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.CaseStatus;

/**
 * Organisations certified by a provincial subcommittee in a fiscal year (seed 5.2.2(5)), one row
 * per organisation and year, with everything the national database's import asks for: the
 * organisation as อ.01 stands now (corrections included), its coordinator, its target virtues (the
 * latest shared vision), the latest certifying resolution, the national result where there is one,
 * its levels in earlier years and the PCO's entry in the national database (docs/exports.md).
 */
@Repository
class CertifiedOrganisations {

    record Row(String caseNumber, String organisationName, String orgType, String parentBody, String address,
            String provinceCode, String provinceName, String headName, int executiveCount, int memberCount,
            String coordinatorName, String coordinatorPosition, String coordinatorPhone, String coordinatorEmail,
            int fiscalYear, String targetVirtues, int certifiedLevel, boolean outstandingModel, LocalDate meetingDate,
            String nationalResult, boolean nationalOutstanding, String earlierLevels, LocalDate recordedOn,
            String nationalReference) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CertifiedOrganisations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rows of one province, or of all provinces when provinceCode is null; by province, then case number. */
    List<Row> find(int fiscalYear, String provinceCode) {
        return jdbc.sql("""
                select * from (
                select distinct on (i.case_number)
                       i.case_number, o.name as organisation_name, o.org_type, o.parent_body, o.address,
                       m.province_code, p.name_th as province_name, o.head_name, o.executive_count, o.member_count,
                       c.coordinator_name, c.coordinator_position, c.coordinator_phone, c.coordinator_email,
                       c.fiscal_year,
                       (select string_agg(v, ',') from jsonb_array_elements_text(
                            (select s.data -> 'targetVirtues' from mo.form_submission s
                              where s.case_number = c.case_number and s.form_code = 'SHARED_VISION'
                                and jsonb_typeof(s.data -> 'targetVirtues') = 'array'
                              order by s.version desc limit 1)) v) as target_virtues,
                       i.certified_level, i.outstanding_model, m.meeting_date,
                       n.result as national_result, coalesce(n.outstanding_model, false) as national_outstanding,
                       (select string_agg(h.fiscal_year || ':' || h.certified_level, ',' order by h.fiscal_year)
                          from mo.organisation_case h
                         where h.organisation_id = c.organisation_id and h.fiscal_year < c.fiscal_year
                           and h.status in %s and h.certified_level is not null) as earlier_levels,
                       cast(e.recorded_at at time zone :zone as date) as recorded_on, e.reference as national_reference
                  from mo.review_item i
                  join mo.review_meeting m on m.id = i.meeting_id
                  join mo.province p on p.code = m.province_code
                  join mo.organisation_case c on c.case_number = i.case_number
                  join mo.organisation o on o.id = c.organisation_id
                  left join mo.national_database_entry e on e.case_number = c.case_number
                  left join lateral (select ni.result, ni.outstanding_model from mo.national_item ni
                                      where ni.case_number = i.case_number and ni.result is not null
                                      order by ni.report_id desc limit 1) n on true
                 where m.fiscal_year = :year and i.resolution = 'CERTIFIED'
                   and (cast(:province as char(2)) is null or m.province_code = :province)
                 order by i.case_number, i.decided_at desc) rows
                 order by province_code, case_number""".formatted(CaseStatus.holdingALevelSql()))
                .param("year", fiscalYear).param("province", provinceCode)
                .param("zone", clock.getZone().getId()).query(Row.class).list();
    }
}
