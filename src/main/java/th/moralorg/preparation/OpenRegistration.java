package th.moralorg.preparation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** "เปิดรับสมัครองค์กร" (seed 5.1.4): the outreach opens registration for the province and year. */
@Component
class OpenRegistration implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(OpenRegistration.class);

    private final RegistrationWindows windows;
    private final PreparationSteps steps;

    OpenRegistration(RegistrationWindows windows, PreparationSteps steps) {
        this.steps = steps;
        this.windows = windows;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // the province and year of this instance's own preparation; the outreach's fields are this
        // step's input, set by OutreachValidation in the same transaction
        Preparations.Preparation preparation = steps.of(execution.getProcessInstanceId());
        String province = preparation.provinceCode();
        int year = preparation.fiscalYear();
        String by = execution.getVariable("outreachRecordedBy") instanceof String s ? s : "system";
        boolean opened = windows.open(new RegistrationWindows.Window(province, year, null, by,
                (String) execution.getVariable("outreachChannels"),
                LocalDate.parse(execution.getVariable("outreachFrom").toString().substring(0, 10)),
                LocalDate.parse(execution.getVariable("outreachTo").toString().substring(0, 10)),
                ((Number) execution.getVariable("organisationsReached")).intValue()));
        log.info("Registration for province {} in fiscal year {}: {}", province, year, opened ? "opened" : "already open");
    }
}
