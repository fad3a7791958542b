package th.moralorg.preparation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.identity.CurrentUser;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.validation.FieldErrors;

/**
 * Checks "บันทึกการประชุมชี้แจงเจ้าหน้าที่" (seed 5.1.1) on completion, refusing it whole when
 * invalid, and keeps the record (date, who attended, material used) in mo.staff_orientation.
 */
@Component
class StaffOrientationValidation implements TaskListener {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PreparationSteps steps;

    StaffOrientationValidation(JdbcClient jdbc, Clock clock, PreparationSteps steps) {
        this.steps = steps;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        LocalDate date = errors.date("orientationDate", task.getVariable("orientationDate"), "วันที่ประชุม");
        if (date != null && date.isAfter(LocalDate.now(clock).plusDays(1))) {
            errors.add("orientationDate", "วันที่ประชุมต้องไม่อยู่ในอนาคต");
        }
        Integer count = errors.number("attendeeCount", task.getVariable("attendeeCount"), "จำนวนผู้เข้าร่วม", 1, 1000);
        String attendees = errors.text("attendees", task.getVariable("attendees"), "รายชื่อผู้เข้าร่วม", 20000, true);
        String materials = errors.text("materials", task.getVariable("materials"), "สื่อและเอกสารที่ใช้", 2000, true);
        errors.rejectSubmissionIfInvalid();
        task.setVariable("orientationDate", date.toString());
        Preparations.Preparation preparation = steps.of(task.getProcessInstanceId());
        String recordedBy = CurrentUser.completing(task)
                .orElse(ProvinceTenants.officerGroupOf(preparation.provinceCode()));
        jdbc.sql("""
                insert into mo.staff_orientation (province_code, fiscal_year, orientation_date, attendee_count,
                    attendees, materials, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (province_code, fiscal_year) do update set orientation_date = excluded.orientation_date,
                    attendee_count = excluded.attendee_count, attendees = excluded.attendees,
                    materials = excluded.materials, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
                .params(preparation.provinceCode(), preparation.fiscalYear(), date,
                        count, attendees, materials, recordedBy, OffsetDateTime.now(clock))
                .update();
    }
}
