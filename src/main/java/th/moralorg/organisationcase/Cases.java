package th.moralorg.organisationcase;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.Level;
import th.moralorg.reference.ThaiNames;

/** The case tables of V10__organisation_case.sql. */
@Repository
public class Cases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    Cases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as officers and the organisation see it, without asking the engine. */
    public record CaseSummary(String caseNumber, long organisationId, String organisationName, String provinceCode,
            int fiscalYear, String status, Integer proposedLevel, Integer certifiedLevel, boolean outstandingModel,
            String previousCaseNumber, String coordinatorUserId, String coordinatorName, String coordinatorEmail) {
        @JsonProperty
        public String statusName() {
            return ThaiNames.of(CaseStatus.class, status);
        }

        @JsonProperty
        public String proposedLevelName() {
            return ThaiNames.of(Level.class, proposedLevel);
        }

        @JsonProperty
        public String certifiedLevelName() {
            return ThaiNames.of(Level.class, certifiedLevel);
        }
    }

    private static final String SUMMARY = """
            select c.case_number, c.organisation_id, o.name as organisation_name, c.province_code, c.fiscal_year,
                   c.status, c.proposed_level, c.certified_level, c.outstanding_model, c.previous_case_number,
                   c.coordinator_user_id, c.coordinator_name, c.coordinator_email
            from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
            """;

    public Optional<CaseSummary> find(String caseNumber) {
        return jdbc.sql(SUMMARY + "where c.case_number = ?").param(caseNumber).query(CaseSummary.class).optional();
    }

    /** The cases of a province and fiscal year whose province certified a level, by case number. */
    List<CaseSummary> certified(String provinceCode, int fiscalYear) {
        return jdbc.sql(SUMMARY + "where c.province_code = ? and c.fiscal_year = ? and c.certified_level is not null"
                + " and c.status = any(?) order by c.case_number")
                .params(provinceCode, fiscalYear, Certificates.CERTIFIED.toArray(String[]::new))
                .query(CaseSummary.class).list();
    }

    /** Every case of an organisation, the latest fiscal year first. */
    List<CaseSummary> ofOrganisation(long organisationId) {
        return jdbc.sql(SUMMARY + "where c.organisation_id = ? order by c.fiscal_year desc").param(organisationId)
                .query(CaseSummary.class).list();
    }

    /** The case an instance of organisation-case is about (CaseSteps.caseOf binds it at the start). */
    Optional<CaseSummary> ofInstance(String processInstanceId) {
        return jdbc.sql(SUMMARY + "where c.process_instance_id = ?").param(processInstanceId)
                .query(CaseSummary.class).optional();
    }

    /** The instance of a case, recorded when it started. */
    Optional<String> instanceOf(String caseNumber) {
        return jdbc.sql("select process_instance_id from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(String.class).optional();
    }

    /** Binds the case to its instance; false when another instance has it. */
    boolean bindInstance(String caseNumber, String processInstanceId) {
        return jdbc.sql("""
                update mo.organisation_case set process_instance_id = ?
                 where case_number = ? and (process_instance_id is null or process_instance_id = ?)""")
                .params(processInstanceId, caseNumber, processInstanceId).update() == 1;
    }

    Optional<Long> findOrganisation(String nameKey, String provinceCode) {
        return jdbc.sql("select id from mo.organisation where name_key = ? and province_code = ?")
                .params(nameKey, provinceCode).query(Long.class).optional();
    }

    Optional<String> findCaseOf(long organisationId, int fiscalYear) {
        return jdbc.sql("select case_number from mo.organisation_case where organisation_id = ? and fiscal_year = ?")
                .params(organisationId, fiscalYear).query(String.class).optional();
    }

    long insertOrganisation(Registration r) {
        return jdbc.sql("""
                insert into mo.organisation (name, name_key, org_type, parent_body, address, province_code,
                                             executive_count, member_count, head_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.organisationName(), r.nameKey(), r.organisationType(), r.parentBody(), r.address(),
                        r.provinceCode(), r.executiveCount(), r.memberCount(), r.headName())
                .query(Long.class).single();
    }

    void updateOrganisation(long id, Registration r) {
        jdbc.sql("""
                update mo.organisation set name = ?, name_key = ?, org_type = ?, parent_body = ?, address = ?,
                       executive_count = ?, member_count = ?, head_name = ?
                where id = ?""")
                .params(r.organisationName(), r.nameKey(), r.organisationType(), r.parentBody(), r.address(),
                        r.executiveCount(), r.memberCount(), r.headName(), id)
                .update();
    }

    /** MO-2569-50-0042: fiscal year, province, running number within both. */
    String nextCaseNumber(int fiscalYear, String provinceCode) {
        int next = jdbc.sql("""
                insert into mo.case_number_counter (fiscal_year, province_code, last_value) values (?, ?, 1)
                on conflict (fiscal_year, province_code)
                do update set last_value = mo.case_number_counter.last_value + 1
                returning last_value""").params(fiscalYear, provinceCode).query(Integer.class).single();
        return "MO-%d-%s-%04d".formatted(fiscalYear, provinceCode, next);
    }

    void insertCase(String caseNumber, long organisationId, Registration r, String previousCaseNumber) {
        jdbc.sql("""
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       previous_case_number, coordinator_name, coordinator_position, coordinator_phone, coordinator_email)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseNumber, organisationId, r.fiscalYear(), r.provinceCode(), CaseStatus.REGISTERED.name(),
                        previousCaseNumber, r.coordinatorName(), r.coordinatorPosition(), r.coordinatorPhone(),
                        r.coordinatorEmail())
                .update();
    }

    /** The next fiscal year's case of the same organisation and coordinator. */
    void insertNextYearCase(String caseNumber, CaseSummary previous, int fiscalYear) {
        jdbc.sql("""
                insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                       previous_case_number, coordinator_user_id, coordinator_name, coordinator_position,
                       coordinator_phone, coordinator_email)
                select ?, organisation_id, ?, province_code, ?, case_number, coordinator_user_id, coordinator_name,
                       coordinator_position, coordinator_phone, coordinator_email
                from mo.organisation_case where case_number = ?""")
                .params(caseNumber, fiscalYear, CaseStatus.REGISTERED.name(), previous.caseNumber())
                .update();
    }

    void updateCoordinator(String caseNumber, Registration r) {
        jdbc.sql("""
                update mo.organisation_case set coordinator_name = ?, coordinator_position = ?, coordinator_phone = ?,
                       coordinator_email = ?, updated_at = now() where case_number = ?""")
                .params(r.coordinatorName(), r.coordinatorPosition(), r.coordinatorPhone(), r.coordinatorEmail(),
                        caseNumber)
                .update();
    }

    void updateStatus(String caseNumber, CaseStatus status) {
        jdbc.sql("update mo.organisation_case set status = ?, updated_at = now() where case_number = ?")
                .params(status.name(), caseNumber).update();
    }

    void setProposedLevel(String caseNumber, int level) {
        jdbc.sql("update mo.organisation_case set proposed_level = ?, updated_at = now() where case_number = ?")
                .params(level, caseNumber).update();
    }

    void setCertification(String caseNumber, Integer level, boolean outstandingModel) {
        jdbc.sql("""
                update mo.organisation_case set certified_level = ?, outstanding_model = ?, updated_at = now()
                where case_number = ?""").params(level, outstandingModel, caseNumber).update();
    }

    void setCoordinatorUser(String caseNumber, String userId) {
        jdbc.sql("update mo.organisation_case set coordinator_user_id = ?, updated_at = now() where case_number = ?")
                .params(userId, caseNumber).update();
    }

    /** Stores a new version of a form; earlier versions stay. Returns the version number. */
    int addSubmission(String caseNumber, String formCode, Map<String, ?> data, String submittedBy) {
        return jdbc.sql("""
                insert into mo.form_submission (case_number, form_code, version, data, submitted_by)
                values (?, ?, (select coalesce(max(version), 0) + 1 from mo.form_submission
                               where case_number = ? and form_code = ?), cast(? as jsonb), ?)
                returning version""")
                .params(caseNumber, formCode, caseNumber, formCode, toJson(data), submittedBy)
                .query(Integer.class).single();
    }

    /** Every version of every form of the case, by form and version. */
    List<SubmittedForms.Stored> submissions(String caseNumber) {
        return jdbc.sql("""
                select form_code, version, data::text as data, submitted_by, submitted_at from mo.form_submission
                where case_number = ? order by form_code, version""").param(caseNumber)
                .query(SubmittedForms.Stored.class).list();
    }

    /** A decision as mo.case_decision keeps it. */
    record DecisionRow(String stage, String outcome, Integer level, String remarks, String decidedBy,
            java.time.Instant decidedAt) {
    }

    List<DecisionRow> decisions(String caseNumber) {
        return jdbc.sql("""
                select stage, outcome, level, remarks, decided_by, decided_at from mo.case_decision
                where case_number = ? order by decided_at, id""").param(caseNumber).query(DecisionRow.class).list();
    }

    /** The organisation as mo.organisation keeps it (its latest อ.01 data). */
    record OrganisationRow(long id, String name, String orgType, String parentBody, String address,
            String provinceCode, int executiveCount, int memberCount, String headName) {
    }

    Optional<OrganisationRow> organisation(long id) {
        return jdbc.sql("""
                select id, name, org_type, parent_body, address, province_code, executive_count, member_count, head_name
                from mo.organisation where id = ?""").param(id).query(OrganisationRow.class).optional();
    }

    Optional<String> latestSubmission(String caseNumber, String formCode) {
        return jdbc.sql("""
                select data::text from mo.form_submission where case_number = ? and form_code = ?
                order by version desc limit 1""").params(caseNumber, formCode).query(String.class).optional();
    }

    /** When the latest version of the form was sent. */
    Optional<java.time.Instant> latestSubmittedAt(String caseNumber, String formCode) {
        return jdbc.sql("""
                select submitted_at from mo.form_submission where case_number = ? and form_code = ?
                order by version desc limit 1""").params(caseNumber, formCode).query(java.time.OffsetDateTime.class)
                .optional().map(java.time.OffsetDateTime::toInstant);
    }

    /** The latest plan อ.04 of the case as stored ({@link PlanForms}), if it has one. */
    Optional<Map<String, Object>> latestPlan(String caseNumber) {
        return latestSubmission(caseNumber, "O04").map(Cases::fromJson);
    }

    void addDecision(String caseNumber, String stage, String outcome, Integer level, String remarks, String by) {
        jdbc.sql("""
                insert into mo.case_decision (case_number, stage, outcome, level, remarks, decided_by)
                values (?, ?, ?, ?, ?, ?)""").params(caseNumber, stage, outcome, level, remarks, by).update();
    }

    /** The remarks of the case's most recent decision that has any. */
    Optional<String> latestDecisionRemarks(String caseNumber) {
        return jdbc.sql("""
                select remarks from mo.case_decision where case_number = ? and remarks is not null
                order by decided_at desc, id desc limit 1""").param(caseNumber).query(String.class).optional();
    }

    void recordNationalDatabaseEntry(String caseNumber, String by, String reference) {
        jdbc.sql("""
                insert into mo.national_database_entry (case_number, recorded_by, reference) values (?, ?, ?)
                on conflict (case_number) do nothing""").params(caseNumber, by, reference).update();
    }

    static Map<String, Object> fromJson(String data) {
        try {
            return JSON.readValue(data, new TypeReference<Map<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored form that is no JSON", e);
        }
    }

    private static String toJson(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Flags the case when its organisation's other cases had coordinators at other addresses
     * than the case's own: those addresses, for the PCO to see and confirm. Clears the flag otherwise.
     */
    void flagOtherCoordinators(String caseNumber) {
        jdbc.sql("""
                update mo.organisation_case c set other_coordinators = (
                    select string_agg(distinct lower(o.coordinator_email), ' ; ')
                    from mo.organisation_case o
                    where o.organisation_id = c.organisation_id and o.case_number <> c.case_number
                      and lower(o.coordinator_email) <> lower(c.coordinator_email))
                where c.case_number = ?""").param(caseNumber).update();
    }

    boolean organisationHasOtherCases(long organisationId, String caseNumber) {
        return jdbc.sql("select count(*) from mo.organisation_case where organisation_id = ? and case_number <> ?")
                .params(organisationId, caseNumber).query(Long.class).single() > 0;
    }

    /** The addresses of {@link #flagOtherCoordinators}, when the case is flagged. */
    Optional<String> otherCoordinators(String caseNumber) {
        return jdbc.sql("select other_coordinators from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(String.class).optional();
    }
}
