package th.moralorg.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.AsSystem;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.Decision;
import th.moralorg.reference.Level;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;

/** Opens subcommittee meetings and records their resolutions, all or nothing. */
@Service
public class ReviewMeetingService {

    public static final String PROCESS_KEY = "provincial-review";
    /** What a subcommittee may resolve; WITHDRAWN is the system's, for a case withdrawn meanwhile. */
    static final List<Decision> RESOLUTIONS = List.of(Decision.CERTIFIED, Decision.REVISE, Decision.NOT_CERTIFIED,
            Decision.CARRIED_OVER);

    /** One resolution of the subcommittee for one case. */
    public record Resolution(String caseNumber, String resolution, Object certifiedLevel, Boolean outstandingModel,
            String remarks) {
    }

    private final ReviewMeetings meetings;
    private final ReviewMinutes minutes;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final AsSystem asSystem;
    private final TaskService tasks;

    ReviewMeetingService(ReviewMeetings meetings, ReviewMinutes minutes, RuntimeService runtime, JdbcClient jdbc,
            AsSystem asSystem, TaskService tasks) {
        this.tasks = tasks;
        this.asSystem = asSystem;
        this.meetings = meetings;
        this.minutes = minutes;
        this.runtime = runtime;
        this.jdbc = jdbc;
    }

    /** Opens a meeting with its preliminary list; refuses (409) when no case waits for review. */
    @Transactional
    public long open(String provinceCode, int fiscalYear, String openedBy) {
        // two meetings opened at once for one province and year must not list the same case twice
        jdbc.sql("select pg_advisory_xact_lock(hashtext('review-meeting-' || ? || '-' || ?))")
                .params(provinceCode, fiscalYear).query().singleRow();
        if (meetings.countAwaiting(provinceCode, fiscalYear) == 0) {
            throw ApiProblem.conflict("ไม่มีเรื่องที่รอการพิจารณาของคณะอนุกรรมการจังหวัด (หรืออยู่ในวาระการประชุมอื่นแล้ว)");
        }
        long id = meetings.create(provinceCode, fiscalYear, openedBy);
        // as the system (the caller's province is checked by the controller); recorded on the row
        String instance = asSystem.start(PROCESS_KEY, String.valueOf(id), () -> runtime.startProcessInstanceByKey(
                PROCESS_KEY, "REVIEW-" + fiscalYear + "-" + provinceCode + "-" + id,
                Map.of(ProvinceTenants.PROVINCE_VARIABLE, provinceCode, "fiscalYear", fiscalYear,
                        "reviewMeetingId", id, "openedBy", openedBy)).getId());
        if (!meetings.attachProcess(id, instance)) {
            throw new IllegalStateException("Review meeting " + id + " belongs to another process instance");
        }
        return id;
    }

    /** Records resolutions while the meeting is scheduled; one invalid row refuses them all (400). */
    @Transactional
    public void resolve(long meetingId, List<Resolution> resolutions, String by) {
        ReviewMeetings.Meeting meeting = meetings.find(meetingId).orElseThrow();
        if (!"SCHEDULED".equals(meeting.status())) {
            throw ApiProblem.conflict("บันทึกมติได้เฉพาะการประชุมที่กำหนดวันประชุมแล้วและยังไม่ยืนยันมติ");
        }
        Map<String, ReviewMeetings.Item> items = meetings.items(meetingId).stream()
                .collect(Collectors.toMap(ReviewMeetings.Item::caseNumber, i -> i));
        FieldErrors errors = new FieldErrors();
        if (resolutions == null || resolutions.isEmpty()) {
            errors.add("resolutions", "กรุณาระบุมติอย่างน้อย 1 เรื่อง");
            errors.throwIfInvalid();
        }
        for (int i = 0; i < resolutions.size(); i++) {
            Resolution r = resolutions.get(i);
            String at = "resolutions[" + i + "]";
            if (r == null || r.caseNumber() == null || !items.containsKey(r.caseNumber())) {
                errors.add(at + ".caseNumber", "เรื่อง " + (r == null ? "" : r.caseNumber()) + " ไม่อยู่ในบัญชีรายชื่อของการประชุมนี้");
                continue;
            }
            if (ThaiNames.find(Decision.class, r.resolution()).filter(RESOLUTIONS::contains).isEmpty()) {
                errors.add(at + ".resolution", "มติต้องเป็น " + ThaiNames.choices(RESOLUTIONS));
                continue;
            }
            if ("CERTIFIED".equals(r.resolution())) {
                Integer level = errors.number(at + ".certifiedLevel", r.certifiedLevel(), "ระดับที่รับรอง", 1, 3);
                if (Boolean.TRUE.equals(r.outstandingModel()) && level != null && level != 3) {
                    errors.add(at + ".outstandingModel", "ต้นแบบโดดเด่นต้องได้รับการรับรอง" + Level.THREE.thai());
                }
            } else if (Boolean.TRUE.equals(r.outstandingModel())) {
                errors.add(at + ".outstandingModel", "ต้นแบบโดดเด่นเลือกได้เฉพาะองค์กรที่ได้รับการรับรอง");
            }
            boolean needsRemarks = "REVISE".equals(r.resolution()) || "NOT_CERTIFIED".equals(r.resolution());
            errors.text(at + ".remarks", r.remarks(), "ข้อสังเกตของคณะอนุกรรมการ", 4000, needsRemarks);
        }
        errors.throwIfInvalid();
        for (Resolution r : resolutions) {
            boolean certified = "CERTIFIED".equals(r.resolution());
            Integer level = certified ? Integer.valueOf(r.certifiedLevel().toString().replaceAll("\\.0+$", "")) : null;
            meetings.resolve(meetingId, r.caseNumber(), r.resolution(), level,
                    certified && Boolean.TRUE.equals(r.outstandingModel()),
                    r.remarks() == null || r.remarks().isBlank() ? null : r.remarks().trim(), by);
        }
    }

    /**
     * Holds a certified case back from the report DRA returned (issue 13 item 1): the resubmission
     * leaves it out, with the reason DRA reads, and the province's next report of the year takes it.
     * Only while the province corrects the returned report ("แก้ไขรายงานตามข้อสังเกตของกรมการศาสนา"
     * open, 409 otherwise); the report keeps at least one case.
     */
    @Transactional
    public void holdBack(ApiCaller caller, long meetingId, String caseNumber, String reason) {
        ReviewMeetings.Meeting meeting = correcting(caller, meetingId);
        FieldErrors errors = new FieldErrors();
        String why = errors.text("heldBackReason", reason, "เหตุผลที่ถอนเรื่องออกจากรายงาน", 2000, true);
        errors.throwIfInvalid();
        if (meetings.countReported(meetingId) <= 1) {
            throw ApiProblem.conflict("รายงานต้องมีอย่างน้อยหนึ่งเรื่อง ถอนเรื่องสุดท้ายออกไม่ได้");
        }
        if (!meetings.holdBack(meeting.id(), caseNumber, why, caller.userId())) {
            throw ApiProblem.conflict("เรื่อง " + caseNumber + " ไม่ได้อยู่ในรายงานของการประชุมนี้ (หรือถอนออกไว้แล้ว)");
        }
    }

    /** Puts a held-back case into the report again, while the province corrects it. */
    @Transactional
    public void release(ApiCaller caller, long meetingId, String caseNumber) {
        ReviewMeetings.Meeting meeting = correcting(caller, meetingId);
        if (!meetings.release(meeting.id(), caseNumber)) {
            throw ApiProblem.conflict("เรื่อง " + caseNumber + " ไม่ได้ถูกถอนออกจากรายงานนี้");
        }
    }

    /** Whether the province is correcting the meeting's report that DRA returned. */
    public boolean correcting(ReviewMeetings.Meeting meeting) {
        return meeting.processInstanceId() != null && asSystem.call(() -> tasks.createTaskQuery()
                .processInstanceId(meeting.processInstanceId()).taskDefinitionKey("reviseReport").count() > 0);
    }

    /** Why DRA returned the report, while the province corrects it. */
    Optional<String> returnRemarks(ReviewMeetings.Meeting meeting) {
        if (!correcting(meeting)) {
            return Optional.empty();
        }
        return Optional.of(java.util.Objects.toString(asSystem.call(
                () -> runtime.getVariable(meeting.processInstanceId(), "returnRemarks")), "—"));
    }

    private ReviewMeetings.Meeting correcting(ApiCaller caller, long meetingId) {
        ReviewMeetings.Meeting meeting = meetings.of(caller, meetingId);
        // one correction at a time: the report's last case is not held back twice at once
        jdbc.sql("select id from mo.review_meeting where id = ? for update").param(meetingId).query().singleRow();
        if (!correcting(meeting)) {
            throw ApiProblem.conflict("ถอนเรื่องออกจากรายงานได้เฉพาะเมื่อกรมการศาสนาส่งรายงานคืนและจังหวัดยังไม่ได้ส่งรายงานใหม่");
        }
        return meeting;
    }

    /** Stores (or replaces) the minutes while the meeting is scheduled (409 otherwise); returns their SHA-256. */
    @Transactional
    public String uploadMinutes(long meetingId, String fileName, byte[] content, String by) {
        if (!"SCHEDULED".equals(meetings.find(meetingId).orElseThrow().status())) {
            throw ApiProblem.conflict("อัปโหลดรายงานการประชุมได้หลังกำหนดวันประชุมและก่อนยืนยันมติเท่านั้น");
        }
        return minutes.store(meetingId, fileName, content, by);
    }
}
