package th.moralorg.preparation;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.identity.CurrentUser;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.validation.FieldErrors;

/** "บันทึกการประชาสัมพันธ์และเชิญชวนองค์กร" (seed 5.1.4): channels, dates, organisations reached. */
@Component
class OutreachValidation implements TaskListener {

    static final Map<String, String> CHANNELS = new LinkedHashMap<>();

    static {
        CHANNELS.put("channelProvincialMeeting", "ที่ประชุมหัวหน้าส่วนราชการจังหวัด");
        CHANNELS.put("channelDistrictMeeting", "ที่ประชุมอำเภอ/ตำบล");
        CHANNELS.put("channelOfficialLetter", "หนังสือราชการถึงหน่วยงานและองค์กร");
        CHANNELS.put("channelOnline", "ช่องทางออนไลน์ (เว็บไซต์ LINE สื่อสังคม)");
        CHANNELS.put("channelOther", "ช่องทางอื่น");
    }

    private final PreparationSteps steps;

    OutreachValidation(PreparationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateTask task) {
        FieldErrors errors = new FieldErrors();
        String channels = CHANNELS.entrySet().stream().filter(e -> FieldErrors.isTrue(task.getVariable(e.getKey())))
                .map(Map.Entry::getValue).collect(Collectors.joining(", "));
        if (channels.isEmpty()) {
            errors.add("channels", "กรุณาเลือกช่องทางประชาสัมพันธ์อย่างน้อย 1 ช่องทาง");
        }
        String other = errors.text("otherChannel", task.getVariable("otherChannel"), "ช่องทางอื่น", 300,
                FieldErrors.isTrue(task.getVariable("channelOther")));
        LocalDate from = errors.date("outreachFrom", task.getVariable("outreachFrom"), "วันที่เริ่มประชาสัมพันธ์");
        LocalDate to = errors.date("outreachTo", task.getVariable("outreachTo"), "วันที่สิ้นสุดประชาสัมพันธ์");
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("outreachTo", "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่ม");
        }
        Integer reached = errors.number("organisationsReached", task.getVariable("organisationsReached"),
                "จำนวนองค์กรที่ได้รับการเชิญชวน", 1, 100000);
        errors.rejectSubmissionIfInvalid();
        task.setVariable("outreachChannels", other == null ? channels : channels + " (" + other + ")");
        task.setVariable("outreachFrom", from.toString());
        task.setVariable("outreachTo", to.toString());
        task.setVariable("organisationsReached", reached);
        task.setVariable("outreachRecordedBy", CurrentUser.completing(task)
                .orElse(ProvinceTenants.officerGroupOf(steps.of(task.getProcessInstanceId()).provinceCode())));
    }
}
