package th.moralorg.review;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceTenants;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/** "กำหนดการประชุมคณะอนุกรรมการจังหวัด" (seed 5.2.2(3)): date, place and members, then saved. */
@Component
class ScheduleMeetingValidation implements TaskListener {

    private final ReviewMeetings meetings;
    private final NotificationService notifications;
    private final Provinces provinces;
    private final ReviewSteps steps;

    ScheduleMeetingValidation(ReviewMeetings meetings, NotificationService notifications, Provinces provinces,
            ReviewSteps steps) {
        this.steps = steps;
        this.meetings = meetings;
        this.notifications = notifications;
        this.provinces = provinces;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("meetingDate", task.getVariable("meetingDate"), "วันที่ประชุม");
        if (date != null && date.isBefore(LocalDate.now().minusYears(1))) {
            errors.add("meetingDate", "วันที่ประชุมเก่าเกินกว่า 1 ปี");
        }
        String place = errors.text("meetingPlace", task.getVariable("meetingPlace"), "สถานที่ประชุม", 300, true);
        String members = errors.text("meetingMembers", task.getVariable("meetingMembers"),
                "รายชื่อคณะอนุกรรมการที่เข้าประชุม", 4000, true);
        errors.rejectSubmissionIfInvalid();
        long meetingId = steps.meeting(task.getProcessInstanceId()).id();
        meetings.schedule(meetingId, date, place, members);
        task.setVariable("meetingDate", date.toString());
        mailAgenda(meetingId, date, place);
    }

    /**
     * The agenda goes to the province's office (the secretariat) and its head, who pass it on to
     * the subcommittee's members: they are named in the minutes, not users of the system.
     */
    private void mailAgenda(long meetingId, LocalDate date, String place) {
        ReviewMeetings.Meeting meeting = meetings.find(meetingId).orElseThrow();
        List<String> agenda = meetings.items(meetingId).stream()
                .map(i -> i.caseNumber() + " " + i.organisationName()
                        + (i.proposedLevel() == null ? "" : " (ระดับที่เสนอ " + i.proposedLevel() + ")"))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("provinceName", provinces.findByCode(meeting.provinceCode()).map(p -> p.nameTh()).orElse(""));
        model.put("meetingDate", date);
        model.put("venue", place);
        model.put("agenda", agenda);
        model.put("fiscalYear", meeting.fiscalYear());
        // "ดูเอกสารการประชุม": the meeting's papers (the invitation to send the members, the agenda)
        model.put("link", "/meetings/" + meetingId + "#papers");
        String key = "REVIEW-" + meetingId;
        notifications.enqueue("subcommittee-agenda",
                List.of("group:" + ProvinceTenants.officerGroupOf(meeting.provinceCode()),
                        "group:" + ProvinceTenants.headGroupOf(meeting.provinceCode())),
                key, "subcommittee-agenda:" + key + ":" + date, model);
    }
}
