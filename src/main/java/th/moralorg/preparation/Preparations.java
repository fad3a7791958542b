package th.moralorg.preparation;

import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.identity.AsSystem;
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
    private final AsSystem asSystem;

    /** A province's preparation for a fiscal year: the row its steps read. */
    record Preparation(String provinceCode, int fiscalYear) {
    }

    Preparations(JdbcClient jdbc, RuntimeService runtime, HistoryService history, AsSystem asSystem) {
        this.asSystem = asSystem;
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
                values (?, ?, null, ?) on conflict do nothing""")
                .params(provinceCode, year.buddhistYear(), openedBy).update();
        if (claimed == 0) {
            return false;
        }
        // one started before this guard existed (an older database) counts as opened
        HistoricProcessInstance earlier = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).listPage(0, 1).stream().findFirst().orElse(null);
        String instanceId = earlier != null ? earlier.getId()
                : asSystem.start(PROCESS_KEY, rowKey(provinceCode, year.buddhistYear()),
                        () -> runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                                Map.of(ProvinceTenants.PROVINCE_VARIABLE, provinceCode, "fiscalYear",
                                        year.buddhistYear(), "openedBy", openedBy)).getId());
        if (!bind(rowKey(provinceCode, year.buddhistYear()), instanceId)) {
            throw new IllegalStateException("Preparation " + businessKey + " belongs to another process instance");
        }
        return earlier == null;
    }

    /** The preparation an instance runs (bound while it starts, see {@link AsSystem#rowOf}). */
    Optional<Preparation> ofInstance(String processInstanceId) {
        return AsSystem.rowOf(PROCESS_KEY, processInstanceId, id -> jdbc.sql(
                "select province_code, fiscal_year from mo.preparation where process_instance_id = ?")
                .param(id).query(Preparation.class).optional(), this::bind);
    }

    private static String rowKey(String provinceCode, int fiscalYear) {
        return provinceCode + "/" + fiscalYear;
    }

    private boolean bind(String rowKey, String processInstanceId) {
        String[] key = rowKey.split("/");
        return jdbc.sql("""
                update mo.preparation set process_instance_id = ?
                 where province_code = ? and fiscal_year = ? and (process_instance_id is null or process_instance_id = ?)""")
                .params(processInstanceId, key[0], Integer.parseInt(key[1]), processInstanceId).update() == 1;
    }
}
