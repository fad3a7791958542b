package th.moralorg.review;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.system.FieldErrors;

/** "กำหนดการประชุมคณะอนุกรรมการจังหวัด" (seed 5.2.2(3)): date, place and members, then saved. */
@Component
class ScheduleMeetingValidation implements TaskListener {

    private final ReviewMeetings meetings;

    ScheduleMeetingValidation(ReviewMeetings meetings) {
        this.meetings = meetings;
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
        meetings.schedule(((Number) task.getVariable("reviewMeetingId")).longValue(), date, place, members);
        task.setVariable("meetingDate", date.toString());
    }
}
