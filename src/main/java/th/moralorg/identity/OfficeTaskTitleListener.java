package th.moralorg.identity;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import th.moralorg.reference.Provinces;

/**
 * Names each new task of the offices' own processes (preparation, events, the subcommittee's
 * review, DRA's national round) after its province and fiscal year, e.g. "ตรวจรับรายงานของจังหวัด
 * — จังหวัดเชียงใหม่ ปีงบประมาณ 2570", so an inbox that holds several provinces or years says
 * which is which; the province's Thai name also fills the filters' column "จังหวัด". Province and
 * year come from the row of the instance (each process package's {@link ProvinceOfInstance}),
 * never from its variables.
 */
@Component("officeTaskTitle")
class OfficeTaskTitleListener implements TaskListener {

    private static final String BANGKOK = "10";

    private final Provinces provinces;
    private final List<ProvinceOfInstance> rows;

    OfficeTaskTitleListener(Provinces provinces, List<ProvinceOfInstance> rows) {
        this.provinces = provinces;
        this.rows = rows;
    }

    @Override
    public void notify(DelegateTask task) {
        Optional<ProvinceOfInstance.ProvinceYear> row = rows.stream()
                .flatMap(r -> r.find(task.getProcessInstanceId()).stream()).findFirst();
        if (row.isEmpty()) {
            return;
        }
        int fiscalYear = row.get().fiscalYear();
        provinces.findByCode(row.get().provinceCode()).ifPresent(province -> {
            String place = BANGKOK.equals(province.code()) ? province.nameTh() : "จังหวัด" + province.nameTh();
            task.setName(task.getName() + " — " + place + " ปีงบประมาณ " + fiscalYear);
            task.getExecution().setVariable("provinceName", province.nameTh());
        });
    }
}
