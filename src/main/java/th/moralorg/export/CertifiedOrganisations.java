package th.moralorg.export;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Organisations certified by a provincial subcommittee in a fiscal year (seed 5.2.2(5)), with the
 * national result where there is one: the latest certifying resolution per case.
 */
@Repository
class CertifiedOrganisations {

    record Row(String caseNumber, String organisationName, String orgType, String provinceCode, String provinceName,
            int certifiedLevel, boolean outstandingModel, LocalDate meetingDate, String nationalResult,
            boolean nationalOutstanding) {
    }

    private final JdbcClient jdbc;

    CertifiedOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows of one province, or of all provinces when provinceCode is null. */
    List<Row> find(int fiscalYear, String provinceCode) {
        return jdbc.sql("""
                select distinct on (i.case_number)
                       i.case_number, o.name as organisation_name, o.org_type, m.province_code,
                       p.name_th as province_name, i.certified_level, i.outstanding_model, m.meeting_date,
                       n.result as national_result, coalesce(n.outstanding_model, false) as national_outstanding
                  from mo.review_item i
                  join mo.review_meeting m on m.id = i.meeting_id
                  join mo.province p on p.code = m.province_code
                  join mo.organisation_case c on c.case_number = i.case_number
                  join mo.organisation o on o.id = c.organisation_id
                  left join lateral (select ni.result, ni.outstanding_model from mo.national_item ni
                                      where ni.case_number = i.case_number and ni.result is not null
                                      order by ni.report_id desc limit 1) n on true
                 where m.fiscal_year = :year and i.resolution = 'CERTIFIED'
                   and (cast(:province as char(2)) is null or m.province_code = :province)
                 order by i.case_number, i.decided_at desc""")
                .param("year", fiscalYear).param("province", provinceCode).query(Row.class).list();
    }
}
