package th.moralorg.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.identity.AsSystem;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.EventStatus;
import th.moralorg.reference.EventType;
import th.moralorg.reference.ThaiNames;

/** Provincial events (seed 5.2.2(1),(7)), the organisations invited and who attended. */
@Repository
public class ProvincialEvents {

    static final String PROCESS_KEY = "provincial-event";

    /** An event as the pages read it: its type and status with their Thai names. */
    public interface Named {
        String eventType();

        String status();

        @JsonProperty
        default String eventTypeName() {
            return ThaiNames.of(EventType.class, eventType());
        }

        @JsonProperty
        default String statusName() {
            return ThaiNames.of(EventStatus.class, status());
        }
    }

    public record Event(long id, String provinceCode, int fiscalYear, String eventType, String title, LocalDate plannedOn,
            String place, LocalDate heldOn, String status, String processInstanceId, String summary,
            Integer participantCount, String outcomes) implements Named {
    }

    /**
     * An invited case; {@code certificateId} and {@code certificate} ("ที่ …/๑") once its certificate of
     * participation is issued; the coordinator's address is for the mail, not for the API's answers.
     */
    record Participant(long eventId, String caseNumber, String organisationName, long organisationId,
            @JsonIgnore String coordinatorEmail, boolean attended, Long certificateId, String certificate, String delivery) {
        @JsonProperty
        public String certificateHref() {
            return certificateId == null ? null : EventCertificates.path(caseNumber, certificateId);
        }
    }

    /** Who was honoured at the event: an organisation (its case) or a person by name, and why. */
    record Honour(String caseNumber, String organisationName, String personName, String reason, Long certificateId,
            String certificate) {
        @JsonProperty
        public String certificateHref() {
            return certificateId == null ? null : EventCertificates.path(caseNumber, certificateId);
        }
    }

    /** A certificate of participation or of honour, as the register holds it, with its event and download path. */
    record Certificate(long documentId, String kind, String reference, int version, String caseNumber,
            String organisationName, long eventId, String eventType, String title, LocalDate heldOn, String provinceCode) {
        @JsonProperty
        String eventTypeName() {
            return ThaiNames.of(EventType.class, eventType);
        }

        @JsonProperty
        String kindName() {
            return ThaiNames.of(DocumentKind.class, kind);
        }

        @JsonProperty
        String href() {
            return EventCertificates.path(caseNumber, documentId);
        }
    }

    /** The register's subject of a case's certificates of an event. */
    static String subject(String caseNumber, long eventId) {
        return caseNumber + "/EVENT-" + eventId;
    }

    private final JdbcClient jdbc;

    ProvincialEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String provinceCode, int fiscalYear, String type, String title, LocalDate plannedOn, String place,
            String by) {
        return jdbc.sql("""
                insert into mo.provincial_event (province_code, fiscal_year, event_type, title, planned_on, place, created_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provinceCode, fiscalYear, type, title, plannedOn, place, by).query(Long.class).single();
    }

    /** Binds the event to its instance; false when another instance has it. */
    boolean attachProcess(long id, String processInstanceId) {
        return jdbc.sql("""
                update mo.provincial_event set process_instance_id = ?
                 where id = ? and (process_instance_id is null or process_instance_id = ?)""")
                .params(processInstanceId, id, processInstanceId).update() == 1;
    }

    /** The event an instance of provincial-event is about (bound while it starts, see {@link AsSystem#rowOf}). */
    Optional<Event> ofInstance(String processInstanceId) {
        return AsSystem.rowOf(PROCESS_KEY, processInstanceId,
                pid -> jdbc.sql("select * from mo.provincial_event where process_instance_id = ?").param(pid)
                        .query(Event.class).optional(),
                (id, pid) -> attachProcess(Long.parseLong(id), pid));
    }

    Optional<Event> find(long id) {
        return jdbc.sql("select * from mo.provincial_event where id = ?").param(id).query(Event.class).optional();
    }

    public record Listed(long id, String provinceCode, int fiscalYear, String eventType, String title, LocalDate plannedOn,
            String place, LocalDate heldOn, String status, int invitedCount, int attendedCount) implements Named {
    }

    /** The events of a province in a fiscal year, soonest planned first, with how many were invited and came. */
    List<Listed> ofProvince(String provinceCode, int fiscalYear) {
        return jdbc.sql("""
                select e.id, e.province_code, e.fiscal_year, e.event_type, e.title, e.planned_on, e.place, e.held_on,
                       e.status,
                       (select count(*) from mo.event_participant p where p.event_id = e.id) as invited_count,
                       (select count(*) from mo.event_participant p where p.event_id = e.id and p.attended) as attended_count
                  from mo.provincial_event e
                 where e.province_code = ? and e.fiscal_year = ?
                 order by e.planned_on, e.id""").params(provinceCode, fiscalYear).query(Listed.class).list();
    }

    List<Participant> participants(long eventId) {
        return jdbc.sql("""
                select p.event_id, p.case_number, o.name as organisation_name, o.id as organisation_id,
                       c.coordinator_email, p.attended, d.id as certificate_id,
                       d.prefix, d.number, p.delivery
                  from mo.event_participant p
                  join mo.organisation_case c on c.case_number = p.case_number
                  join mo.organisation o on o.id = c.organisation_id
                  left join mo.issued_document d on d.kind = 'PARTICIPATION_CERTIFICATE'
                       and d.subject = p.case_number || '/EVENT-' || p.event_id
                 where p.event_id = ? order by p.case_number""").param(eventId)
                .query((rs, n) -> new Participant(rs.getLong("event_id"), rs.getString("case_number"),
                        rs.getString("organisation_name"), rs.getLong("organisation_id"), rs.getString("coordinator_email"),
                        rs.getBoolean("attended"), (Long) rs.getObject("certificate_id"),
                        rs.getString("prefix") == null ? null
                                : DocumentRegister.reference(rs.getString("prefix"), rs.getInt("number")),
                        rs.getString("delivery")))
                .list();
    }

    List<Honour> honours(long eventId) {
        return jdbc.sql("""
                select h.case_number, o.name as organisation_name, h.person_name, h.reason, d.id as certificate_id,
                       d.prefix, d.number
                  from mo.event_honour h
                  left join mo.organisation_case c on c.case_number = h.case_number
                  left join mo.organisation o on o.id = c.organisation_id
                  left join mo.issued_document d on d.kind = 'HONOUR_CERTIFICATE'
                       and d.subject = h.case_number || '/EVENT-' || h.event_id
                 where h.event_id = ? order by h.position""").param(eventId)
                .query((rs, n) -> new Honour(rs.getString("case_number"), rs.getString("organisation_name"),
                        rs.getString("person_name"), rs.getString("reason"), (Long) rs.getObject("certificate_id"),
                        rs.getString("prefix") == null ? null
                                : DocumentRegister.reference(rs.getString("prefix"), rs.getInt("number"))))
                .list();
    }

    /** Replaces the event's honours with these, in this order. */
    void honour(long eventId, List<Honour> honours) {
        jdbc.sql("delete from mo.event_honour where event_id = ?").param(eventId).update();
        int position = 0;
        for (Honour h : honours) {
            jdbc.sql("""
                    insert into mo.event_honour (event_id, position, case_number, person_name, reason)
                    values (?, ?, ?, ?, ?)""").params(eventId, ++position, h.caseNumber(), h.personName(), h.reason())
                    .update();
        }
    }

    /** Of the given case numbers, those that are cases of the province. */
    List<String> casesOfProvince(String provinceCode, List<String> caseNumbers) {
        return jdbc.sql("select case_number from mo.organisation_case where province_code = ? and case_number = any(?)")
                .params(provinceCode, caseNumbers.toArray(String[]::new)).query(String.class).list();
    }

    record EligibleCase(String caseNumber, String organisationName, String status, boolean invited) {
        @JsonProperty
        String statusName() {
            return ThaiNames.of(CaseStatus.class, status);
        }
    }

    /** Cases of the event's province and year that may still take part: not rejected, not withdrawn. */
    List<EligibleCase> eligibleCases(Event event) {
        return jdbc.sql("""
                select c.case_number, o.name as organisation_name, c.status,
                       exists (select 1 from mo.event_participant p where p.event_id = ? and p.case_number = c.case_number)
                           as invited
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where c.province_code = ? and c.fiscal_year = ? and c.status not in ('REJECTED', 'WITHDRAWN')
                 order by c.case_number""")
                .params(event.id(), event.provinceCode(), event.fiscalYear()).query(EligibleCase.class).list();
    }

    List<String> casesInStatus(String provinceCode, int fiscalYear, String status) {
        return jdbc.sql("""
                select case_number from mo.organisation_case where province_code = ? and fiscal_year = ? and status = ?
                 order by case_number""").params(provinceCode, fiscalYear, status).query(String.class).list();
    }

    record Invitee(String caseNumber, String organisationName, String coordinatorEmail) {
    }

    List<Invitee> invitees(List<String> caseNumbers) {
        return jdbc.sql("""
                select c.case_number, o.name as organisation_name, c.coordinator_email
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where c.case_number = any(?)""").param(caseNumbers.toArray(String[]::new))
                .query(Invitee.class).list();
    }

    int invite(long eventId, List<String> caseNumbers) {
        int added = 0;
        for (String caseNumber : caseNumbers) {
            added += jdbc.sql("insert into mo.event_participant (event_id, case_number) values (?, ?) on conflict do nothing")
                    .params(eventId, caseNumber).update();
        }
        return added;
    }

    void attendance(long eventId, List<String> attended) {
        jdbc.sql("update mo.event_participant set attended = (case_number = any(?)) where event_id = ?")
                .params(attended.toArray(String[]::new), eventId).update();
    }

    /** The event took place: its day and what the office recorded of it (seed 5.2.2(7)). */
    void held(long eventId, LocalDate heldOn, String summary, Integer participantCount, String outcomes) {
        jdbc.sql("""
                update mo.provincial_event set held_on = ?, status = 'HELD', summary = ?, participant_count = ?, outcomes = ?
                 where id = ?""").params(heldOn, summary, participantCount, outcomes, eventId).update();
    }

    void delivered(long eventId, String caseNumber, String delivery) {
        jdbc.sql("update mo.event_participant set delivery = ? where event_id = ? and case_number = ?")
                .params(delivery, eventId, caseNumber).update();
    }

    List<Certificate> certificates(String caseNumber) {
        return certificatesWhere("c.case_number = ?", caseNumber);
    }

    /** Every certificate of an organisation, over all its cases (fiscal years). */
    List<Certificate> certificatesOfOrganisation(long organisationId) {
        return certificatesWhere("c.organisation_id = ?", organisationId);
    }

    /** One certificate of an event by its register id; empty for another kind of document. */
    Optional<Certificate> certificate(long documentId) {
        return certificatesWhere("d.id = ?", documentId).stream().findFirst();
    }

    private List<Certificate> certificatesWhere(String condition, Object value) {
        return jdbc.sql("""
                select d.id as document_id, d.kind, d.prefix, d.number, d.version, c.case_number,
                       o.name as organisation_name, e.id as event_id, e.event_type, e.title, e.held_on, e.province_code
                  from mo.issued_document d
                  join mo.organisation_case c on c.case_number = split_part(d.subject, '/EVENT-', 1)
                  join mo.provincial_event e on e.id::text = split_part(d.subject, '/EVENT-', 2)
                  join mo.organisation o on o.id = c.organisation_id
                 where d.kind in ('PARTICIPATION_CERTIFICATE', 'HONOUR_CERTIFICATE') and\s""" + condition
                + " order by e.held_on, e.id, d.kind desc")
                .param(value)
                .query((rs, n) -> new Certificate(rs.getLong("document_id"), rs.getString("kind"),
                        DocumentRegister.reference(rs.getString("prefix"), rs.getInt("number")), rs.getInt("version"),
                        rs.getString("case_number"), rs.getString("organisation_name"), rs.getLong("event_id"),
                        rs.getString("event_type"), rs.getString("title"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("province_code")))
                .list();
    }

    Optional<String> provinceOfOrganisation(long organisationId) {
        return jdbc.sql("select province_code from mo.organisation where id = ?").param(organisationId)
                .query(String.class).optional();
    }

    Optional<Long> organisationOfCase(String caseNumber) {
        return jdbc.sql("select organisation_id from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(Long.class).optional();
    }

    Optional<String> provinceOfCase(String caseNumber) {
        return jdbc.sql("select province_code from mo.organisation_case where case_number = ?").param(caseNumber)
                .query(String.class).optional();
    }
}
