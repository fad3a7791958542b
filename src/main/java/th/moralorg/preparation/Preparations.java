package th.moralorg.preparation;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.FiscalYear;

/**
 * Opens the preparation (seed 5.1) of a province for a fiscal year, at most once: the row in
 * {@code mo.preparation} is the guard, so a repeated or concurrent request starts nothing more.
 */
@Service
public class Preparations {

    public static final String PROCESS_KEY = "preparation";

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final HistoryService history;

    Preparations(JdbcClient jdbc, RuntimeService runtime, HistoryService history) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.history = history;
    }

    public static String businessKey(FiscalYear year, String provinceCode) {
        return "PREP-" + year + "-" + provinceCode;
    }

    public boolean isOpened(FiscalYear year, String provinceCode) {
        return jdbc.sql("select count(*) from mo.preparation where province_code = ? and fiscal_year = ?")
                .params(provinceCode, year.buddhistYear()).query(Long.class).single() > 0;
    }

    /** Starts the province's preparation unless it exists; returns whether it started one. */
    @Transactional
    public boolean open(FiscalYear year, String provinceCode, String openedBy) {
        String businessKey = businessKey(year, provinceCode);
        int claimed = jdbc.sql("""
                insert into mo.preparation (province_code, fiscal_year, process_instance_id, opened_by)
                values (?, ?, '-', ?) on conflict do nothing""")
                .params(provinceCode, year.buddhistYear(), openedBy).update();
        if (claimed == 0) {
            return false;
        }
        // one started before this guard existed (an older database) counts as opened
        HistoricProcessInstance earlier = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).listPage(0, 1).stream().findFirst().orElse(null);
        String instanceId = earlier != null ? earlier.getId()
                : runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                        Map.of(ProvinceTenants.PROVINCE_VARIABLE, provinceCode, "fiscalYear", year.buddhistYear(),
                                "openedBy", openedBy)).getId();
        jdbc.sql("update mo.preparation set process_instance_id = ? where province_code = ? and fiscal_year = ?")
                .params(instanceId, provinceCode, year.buddhistYear()).update();
        return earlier == null;
    }
}
