package th.moralorg.identity;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Provinces;

/**
 * Names each new task of the offices' own processes (preparation, events, the subcommittee's
 * review, DRA's national round) after its province and fiscal year, e.g. "ตรวจรับรายงานของจังหวัด
 * — จังหวัดเชียงใหม่ ปีงบประมาณ 2570", so an inbox that holds several provinces or years says
 * which is which; the province's Thai name also fills the filters' column "จังหวัด".
 */
@Component("officeTaskTitle")
class OfficeTaskTitleListener implements TaskListener {

    private static final String BANGKOK = "10";

    private final Provinces provinces;

    OfficeTaskTitleListener(Provinces provinces) {
        this.provinces = provinces;
    }

    @Override
    public void notify(DelegateTask task) {
        Object code = task.getVariable("provinceCode");
        Object fiscalYear = task.getVariable("fiscalYear");
        if (code == null) {
            return;
        }
        provinces.findByCode(code.toString()).ifPresent(province -> {
            String place = BANGKOK.equals(province.code()) ? province.nameTh() : "จังหวัด" + province.nameTh();
            task.setName(task.getName() + " — " + place + (fiscalYear == null ? "" : " ปีงบประมาณ " + fiscalYear));
            if (task.getVariable("provinceName") == null) {
                task.getExecution().setVariable("provinceName", province.nameTh());
            }
        });
    }
}
