package th.moralorg.review;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.validation.FieldErrors;

/**
 * "บันทึกมติที่ประชุม" (seed 5.2.2(3)): the meeting is over, every listed case has a resolution
 * (recorded through {@code PUT /api/review-meetings/{id}/resolutions}) and the minutes are uploaded.
 * A case withdrawn meanwhile leaves the list as WITHDRAWN.
 */
@Component
class ResolutionsValidation implements TaskListener {

    private final ReviewMeetings meetings;
    private final ReviewSteps steps;

    ResolutionsValidation(ReviewMeetings meetings, ReviewSteps steps) {
        this.steps = steps;
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        long meetingId = steps.meeting(task.getProcessInstanceId()).id();
        meetings.closeWithdrawn(meetingId);
        FieldErrors errors = new FieldErrors();
        ReviewMeetings.Meeting meeting = meetings.find(meetingId).orElseThrow();
        if (meeting.meetingDate() != null && meeting.meetingDate().isAfter(LocalDate.now())) {
            errors.add("meetingDate", "ยังไม่ถึงวันประชุม (" + meeting.meetingDate() + ") จึงยังบันทึกมติไม่ได้");
        }
        List<String> open = meetings.items(meetingId).stream().filter(i -> i.resolution() == null)
                .map(ReviewMeetings.Item::caseNumber).toList();
        if (!open.isEmpty()) {
            errors.add("resolutions", "ยังไม่ได้บันทึกมติของ " + open.size() + " เรื่อง: "
                    + String.join(", ", open.subList(0, Math.min(10, open.size()))) + (open.size() > 10 ? " …" : ""));
        }
        if (!FieldErrors.isTrue(task.getVariable("resolutionsConfirmed"))) {
            errors.add("resolutionsConfirmed", "กรุณายืนยันว่าบันทึกมติครบและอัปโหลดรายงานการประชุมแล้ว");
        }
        if (!meetings.hasMinutes(meetingId)) {
            errors.add("minutes", "กรุณาอัปโหลดรายงานการประชุมก่อนยืนยันมติ");
        }
        errors.rejectSubmissionIfInvalid();
        meetings.status(meetingId, "DECIDED");
    }
}
