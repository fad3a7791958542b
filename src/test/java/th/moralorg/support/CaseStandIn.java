package th.moralorg.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases for tests of the processes that talk to organisation-case, which is built in parallel:
 * rows in mo.organisation and mo.organisation_case, and a stand-in process (src/test/resources/
 * stand-in) waiting under the case number as business key, as organisation-case will.
 */
public final class CaseStandIn {

    public static final String CASE_PROCESS = "case-stand-in";
    public static final String ORIENTATION_PROCESS = "orientation-stand-in";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final JdbcClient jdbc;
    private final RuntimeService runtime;

    public CaseStandIn(JdbcClient jdbc, RuntimeService runtime, RepositoryService repository) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        synchronized (CaseStandIn.class) {
            if (repository.createDeploymentQuery().deploymentName("case-stand-in").count() == 0) {
                repository.createDeployment().name("case-stand-in")
                        .addClasspathResource("stand-in/case-stand-in.bpmn").deploy();
            }
        }
    }

    /** Cases of the province and year in the given status, each with its stand-in process waiting. */
    public List<String> cases(String provinceCode, int fiscalYear, String status, int count, String process) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = SEQUENCE.incrementAndGet();
            String caseNumber = "MO-" + fiscalYear + "-" + provinceCode + "-" + String.format("%04d", n);
            String name = "องค์กรทดสอบ " + n;
            long organisation = jdbc.sql("""
                    insert into mo.organisation (name, name_key, org_type, address, province_code, executive_count,
                        member_count, head_name) values (?, ?, 'GOVERNMENT', 'ที่อยู่ทดสอบ', ?, 3, 40, 'หัวหน้าทดสอบ')
                    returning id""").params(name, name + "-" + fiscalYear, provinceCode).query(Long.class).single();
            jdbc.sql("""
                    insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                        proposed_level, coordinator_name, coordinator_position, coordinator_phone, coordinator_email)
                    values (?, ?, ?, ?, ?, ?, 'ผู้ประสานงาน', 'เจ้าหน้าที่', '02-000-0000', 'case@example.org')""")
                    .params(caseNumber, organisation, fiscalYear, provinceCode, status, 1 + n % 3).update();
            jdbc.sql("insert into mo.form_submission (case_number, form_code, version, data) values (?, 'อ.02', 1, ?::jsonb)")
                    .params(caseNumber, "{\"totalScore\": " + (60 + n % 40) + ".5}").update();
            runtime.startProcessInstanceByKey(process, caseNumber,
                    Map.of("provinceCode", provinceCode, "fiscalYear", fiscalYear, "caseNumber", caseNumber));
            numbers.add(caseNumber);
        }
        return numbers;
    }

    public void withdraw(String caseNumber) {
        jdbc.sql("update mo.organisation_case set status = 'WITHDRAWN' where case_number = ?").param(caseNumber).update();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "withdrawn in test", true));
    }
}
