package th.moralorg.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases for tests of the processes that talk to organisation-case, many at once: rows in
 * mo.organisation and mo.organisation_case with a self-assessment as the real case stores it, and a
 * stand-in process (src/test/resources/stand-in) waiting under the case number as business key, as
 * organisation-case does at that point. Tests of a whole journey use real cases (CaseDriver).
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
            int level = 1 + n % 3;
            jdbc.sql("""
                    insert into mo.organisation_case (case_number, organisation_id, fiscal_year, province_code, status,
                        proposed_level, coordinator_name, coordinator_position, coordinator_phone, coordinator_email)
                    values (?, ?, ?, ?, ?, ?, 'ผู้ประสานงาน', 'เจ้าหน้าที่', '02-000-0000', 'case@example.org')""")
                    .params(caseNumber, organisation, fiscalYear, provinceCode, status, level).update();
            jdbc.sql("""
                    insert into mo.form_submission (case_number, form_code, version, data)
                    values (?, 'O02_O03', 1, ?::jsonb)""").params(caseNumber, selfAssessment(level)).update();
            runtime.startProcessInstanceByKey(process, caseNumber,
                    Map.of("provinceCode", provinceCode, "fiscalYear", fiscalYear, "caseNumber", caseNumber));
            numbers.add(caseNumber);
        }
        return numbers;
    }

    /**
     * A self-assessment (อ.02) as the real case stores it: nine step scores of 0–2 whose total (of 18)
     * fits the proposed level, each band's lowest score as the level's rule wants (docs/processes.md).
     */
    static String selfAssessment(int level) {
        int[] scores = switch (level) {
            case 1 -> new int[] {2, 1, 2, 1, 0, 1, 0, 1, 0};
            case 2 -> new int[] {2, 2, 1, 2, 1, 2, 1, 0, 1};
            default -> new int[] {2, 2, 2, 2, 2, 1, 2, 1, 2};
        };
        StringBuilder json = new StringBuilder("{");
        int total = 0;
        for (int step = 1; step <= scores.length; step++) {
            json.append("\"step").append(step).append("Score\": ").append(scores[step - 1]).append(", ");
            total += scores[step - 1];
        }
        return json.append("\"totalScore\": ").append(total).append('}').toString();
    }

    public void withdraw(String caseNumber) {
        jdbc.sql("update mo.organisation_case set status = 'WITHDRAWN' where case_number = ?").param(caseNumber).update();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "withdrawn in test", true));
    }
}
