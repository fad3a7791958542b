package th.moralorg.national;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.messaging.CaseMessages;
import th.moralorg.reference.FiscalYear;
import th.moralorg.validation.FieldErrors;

/**
 * DRA's national round (seed 5.2.2(4)): DRA opens a round of the year (a meeting of the National
 * Selection Subcommittee and one of the National Committee), puts on each meeting cases picked
 * from the accepted provincial reports that await that body, and records each case's result once.
 * When every case of a report has passed a body, the report's national-forwarding instance hears
 * it ({@value #SELECTION_RECORDED}, {@value #COMMITTEE_RECORDED}) and moves on; after the committee
 * it delivers each case's NationalResult. Only DRA works here.
 */
@Service
public class NationalRoundService {

    static final String SELECTION_RECORDED = "NationalSelectionRecorded";
    static final String COMMITTEE_RECORDED = "NationalCommitteeRecorded";

    /** One case's result as the meeting records it: {@code approved} is selected or endorsed. */
    public record CaseDecision(String caseNumber, Boolean approved, boolean outstandingModel, String remarks) {
    }

    /** The meeting's record: its date (ISO or พ.ศ. as typed), place, remarks and each case's result. */
    public record Decision(Object meetingDate, String place, String remarks, List<CaseDecision> cases) {
    }

    private final NationalRounds rounds;
    private final CaseMessages messages;
    private final Clock clock;

    NationalRoundService(NationalRounds rounds, CaseMessages messages, Clock clock) {
        this.rounds = rounds;
        this.messages = messages;
        this.clock = clock;
    }

    /** Opens the next round of the fiscal year; returns its number. */
    @Transactional
    public int open(ApiCaller caller, Object fiscalYear) {
        caller.requireDra();
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        return rounds.open(year, caller.userId());
    }

    NationalRounds.Meeting meeting(ApiCaller caller, int fiscalYear, int round, String body) {
        caller.requireDra();
        return rounds.find(fiscalYear, round, body)
                .orElseThrow(() -> ApiProblem.notFound("ไม่มีการประชุมระดับชาติรอบนี้"));
    }

    List<NationalRounds.Case> awaiting(ApiCaller caller, String body, int fiscalYear) {
        caller.requireDra();
        return rounds.awaiting(body, fiscalYear);
    }

    /** Puts the cases on the meeting; each must await its body, else nothing is put (409). */
    @Transactional
    public void put(ApiCaller caller, int fiscalYear, int round, String body, List<String> caseNumbers) {
        NationalRounds.Meeting meeting = openMeeting(caller, fiscalYear, round, body);
        List<String> wanted = caseNumbers.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            throw new ApiProblem(400, "กรุณาเลือกเรื่องที่จะเพิ่มเข้าการประชุมอย่างน้อยหนึ่งเรื่อง", Map.of());
        }
        List<String> put = rounds.put(meeting, wanted);
        if (put.size() != wanted.size()) {
            List<String> refused = wanted.stream().filter(n -> !put.contains(n)).toList();
            throw ApiProblem.conflict("เรื่องต่อไปนี้ไม่ได้รอการพิจารณานี้ (อาจอยู่ในการประชุมอื่นแล้ว หรือรายงานของจังหวัดยังไม่ได้รับ): "
                    + String.join(", ", refused));
        }
    }

    @Transactional
    public void remove(ApiCaller caller, int fiscalYear, int round, String body, List<String> caseNumbers) {
        rounds.remove(openMeeting(caller, fiscalYear, round, body), caseNumbers);
    }

    /**
     * Records the meeting and every case on it, once; refused as a whole (FormValidationException,
     * fields per case number) when a case lacks its result or a "no" its reason.
     */
    @Transactional
    public void decide(ApiCaller caller, int fiscalYear, int round, String body, Decision decision) {
        NationalRounds.Meeting meeting = openMeeting(caller, fiscalYear, round, body);
        boolean selection = meeting.isSelection();
        List<NationalRounds.Case> onMeeting = rounds.onMeeting(meeting);
        Map<String, CaseDecision> given = new LinkedHashMap<>();
        decision.cases().forEach(d -> given.putIfAbsent(d.caseNumber(), d));
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("meetingDate", decision.meetingDate(), "วันที่ประชุม");
        if (date != null && date.isAfter(LocalDate.now(clock))) {
            errors.add("meetingDate", "วันที่ประชุมต้องไม่เป็นวันในอนาคต: บันทึกผลหลังการประชุม");
        }
        if (date != null && !selection) {
            rounds.latestSelectionDate(meeting).filter(date::isBefore).ifPresent(selected -> errors.add("meetingDate",
                    "วันที่ประชุมคณะกรรมการต้องไม่ก่อนวันที่ประชุมคณะอนุกรรมการคัดเลือกของเรื่องในการประชุม"));
        }
        String place = errors.text("place", decision.place(), "สถานที่ประชุม", 500, false);
        String remarks = errors.text("remarks", decision.remarks(), "ข้อสังเกตของที่ประชุม", 4000, false);
        if (onMeeting.isEmpty()) {
            errors.add("cases", "ยังไม่มีเรื่องในการประชุมนี้ กรุณาเพิ่มเรื่องจากรายการที่รอการพิจารณาก่อน");
        }
        Set<String> numbers = onMeeting.stream().map(NationalRounds.Case::caseNumber).collect(Collectors.toSet());
        List<String> strangers = given.keySet().stream().filter(n -> !numbers.contains(n)).toList();
        if (!strangers.isEmpty()) {
            errors.add("cases", "เรื่องต่อไปนี้ไม่อยู่ในการประชุมนี้: " + String.join(", ", strangers));
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (NationalRounds.Case c : onMeeting) {
            String n = c.caseNumber();
            CaseDecision d = given.get(n);
            if (d == null || d.approved() == null) {
                errors.add(n + ".approved", selection ? "กรุณาเลือกผลการคัดเลือกของเรื่อง " + n
                        : "กรุณาเลือกมติของเรื่อง " + n);
                continue;
            }
            String reason = errors.text(n + ".remarks", d.remarks(), "ข้อสังเกตของเรื่อง " + n, 4000, false);
            if (!d.approved() && reason == null) {
                errors.add(n + ".remarks", selection ? "กรุณาระบุเหตุผลที่เรื่อง " + n + " ไม่ผ่านการคัดเลือก"
                        : "กรุณาระบุเหตุผลที่ไม่เห็นชอบเรื่อง " + n);
            }
            if (d.outstandingModel() && (!selection || !d.approved() || c.certifiedLevel() != 3)) {
                errors.add(n + ".outstandingModel", "ต้นแบบโดดเด่นต้องเป็นองค์กรระดับ 3 ที่ผ่านการคัดเลือก");
            }
            reasons.put(n, reason);
        }
        errors.throwIfInvalid();

        for (NationalRounds.Case c : onMeeting) {
            CaseDecision d = given.get(c.caseNumber());
            if (selection) {
                rounds.select(meeting, c.caseNumber(), d.approved(), d.outstandingModel(), reasons.get(c.caseNumber()),
                        caller.userId());
            } else {
                rounds.endorse(meeting, c.caseNumber(), d.approved(), reasons.get(c.caseNumber()), caller.userId());
            }
        }
        rounds.decided(meeting, date, place, remarks, caller.userId());
        for (NationalRounds.ReportState report : rounds.reportsOf(meeting)) {
            if (selection && report.allSelected()) {
                rounds.reportStatus(report.reportId(), report.allDecided() ? "DECIDED" : "SELECTED", "selection_date", date);
                tell(report, SELECTION_RECORDED);
            } else if (!selection && report.allDecided()) {
                rounds.reportStatus(report.reportId(), "DECIDED", "committee_date", date);
                tell(report, COMMITTEE_RECORDED);
            }
        }
    }

    private void tell(NationalRounds.ReportState report, String message) {
        String businessKey = "NAT-" + report.reviewMeetingId() + "-" + report.round();
        if (!messages.send(message, businessKey, Map.of())) {
            // the report's instance waits for exactly this; anything else is a fault to roll back
            throw new IllegalStateException("National report " + report.reportId() + " does not wait for " + message);
        }
    }

    private NationalRounds.Meeting openMeeting(ApiCaller caller, int fiscalYear, int round, String body) {
        NationalRounds.Meeting meeting = rounds.lock(meeting(caller, fiscalYear, round, body).id());
        if (!meeting.isOpen()) {
            throw ApiProblem.conflict("การประชุมนี้บันทึกผลแล้ว แก้ไขรายการเรื่องหรือผลไม่ได้");
        }
        return meeting;
    }
}
