package th.moralorg.preparation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Requests for a trainer (seed 5.1.2), their assignment and the trainer's sessions (V61). */
@Repository
class TrainerRequests {

    /** A request; {@code caseNumber} or {@code eventId} says what it is for, the names are read along. */
    record Request(long id, String provinceCode, String caseNumber, String organisationName, Long eventId,
            String eventTitle, String topic, String preferredDates, String remarks, String requestedBy,
            OffsetDateTime requestedAt, Long trainerId, String trainerName, String assignedBy,
            OffsetDateTime assignedAt) {

        boolean assigned() {
            return trainerId != null;
        }
    }

    record Session(long id, long requestId, LocalDate heldOn, BigDecimal hours, String covered, int participantCount,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    /** What a case request needs of its case: whose it is, where, and whom to tell. */
    record CaseParty(String caseNumber, long organisationId, String organisationName, String provinceCode,
            String coordinatorName, String coordinatorEmail) {
    }

    record EventParty(long id, String provinceCode, String title, LocalDate plannedOn) {
    }

    private static final String SELECT = """
            select r.id, r.province_code, r.case_number, o.name as organisation_name, r.event_id,
                   e.title as event_title, r.topic, r.preferred_dates, r.remarks, r.requested_by, r.requested_at,
                   r.trainer_id, t.name as trainer_name, r.assigned_by, r.assigned_at
              from mo.trainer_request r
              left join mo.organisation_case c on c.case_number = r.case_number
              left join mo.organisation o on o.id = c.organisation_id
              left join mo.provincial_event e on e.id = r.event_id
              left join mo.trainer t on t.id = r.trainer_id
            """;

    private final JdbcClient jdbc;

    TrainerRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseParty> caseParty(String caseNumber) {
        return jdbc.sql("""
                select c.case_number, c.organisation_id, o.name as organisation_name, c.province_code,
                       c.coordinator_name, c.coordinator_email
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where c.case_number = ?""").param(caseNumber).query(CaseParty.class).optional();
    }

    Optional<EventParty> eventParty(long eventId) {
        return jdbc.sql("select id, province_code, title, planned_on from mo.provincial_event where id = ?")
                .param(eventId).query(EventParty.class).optional();
    }

    long add(String provinceCode, String caseNumber, Long eventId, String topic, String preferredDates, String remarks,
            String by) {
        return jdbc.sql("""
                insert into mo.trainer_request (province_code, case_number, event_id, topic, preferred_dates, remarks,
                    requested_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provinceCode, caseNumber, eventId, topic, preferredDates, remarks, by).query(Long.class)
                .single();
    }

    Optional<Request> find(long id) {
        return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Request.class).optional();
    }

    List<Request> ofProvince(String provinceCode) {
        return jdbc.sql(SELECT + " where r.province_code = ? order by r.trainer_id is not null, r.requested_at, r.id")
                .param(provinceCode).query(Request.class).list();
    }

    /** Requests of the province still waiting for a trainer (the office home's count). */
    long countOpen(String provinceCode) {
        return jdbc.sql("select count(*) from mo.trainer_request where province_code = ? and trainer_id is null")
                .param(provinceCode).query(Long.class).single();
    }

    List<Request> ofCase(String caseNumber) {
        return jdbc.sql(SELECT + " where r.case_number = ? order by r.requested_at, r.id").param(caseNumber)
                .query(Request.class).list();
    }

    List<Request> ofEvent(long eventId) {
        return jdbc.sql(SELECT + " where r.event_id = ? order by r.requested_at, r.id").param(eventId)
                .query(Request.class).list();
    }

    void assign(long id, long trainerId, String by) {
        jdbc.sql("update mo.trainer_request set trainer_id = ?, assigned_by = ?, assigned_at = now() where id = ?")
                .params(trainerId, by, id).update();
    }

    long addSession(long requestId, LocalDate heldOn, BigDecimal hours, String covered, int participants, String by) {
        return jdbc.sql("""
                insert into mo.trainer_session (request_id, held_on, hours, covered, participant_count, recorded_by)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(requestId, heldOn, hours, covered, participants, by).query(Long.class).single();
    }

    List<Session> sessions(long requestId) {
        return jdbc.sql("select * from mo.trainer_session where request_id = ? order by held_on, id").param(requestId)
                .query(Session.class).list();
    }

    /** A trainer's sessions between two days (a fiscal year), over all their requests. */
    List<Session> sessionsOfTrainer(long trainerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select s.* from mo.trainer_session s join mo.trainer_request r on r.id = s.request_id
                 where r.trainer_id = ? and s.held_on between ? and ? order by s.held_on, s.id""")
                .params(trainerId, from, to).query(Session.class).list();
    }
}
