package th.moralorg.organisationcase;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.Level;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;
import th.moralorg.web.Markdown;

/**
 * Puts what each task of the case decides on into its Tasklist form (issue 11, item 2): on create,
 * task-local variables the form's text shows with {@code {{caseFacts}}} and {@code {{caseFile}}},
 * in Markdown built from our tables. {@value #FACTS}: the case at a glance and what the step is
 * for; {@value #FILE}: for the officer's review of อ.01 the registration and the organisation's
 * other cases, for the completeness check the package, for the national-database entry the
 * record to enter. Task-local, so they go with the task; no form has a field of these names, so
 * no completion may send them (identity.TaskFormFields), and {@link CaseFormListener} never reads them.
 */
@Component("caseFacts")
class CaseFactsListener implements TaskListener {

    static final String FACTS = "caseFacts";
    static final String FILE = "caseFile";
    /** The site-visit forms' checklists ({@code valuesKey}): the guideline, and the items of this case's visit. */
    static final String GUIDELINE = "siteVisitGuideline";
    static final String CHECKLIST = "siteVisitChecklist";
    static final Set<String> NAMES = Set.of(FACTS, FILE, GUIDELINE, CHECKLIST);

    /** What each step is for, as the one who works on it reads it. */
    private static final Map<String, String> STEP = Map.ofEntries(
            Map.entry("reviewIntent", "ตรวจข้อมูลในแบบ อ.01 ด้านล่าง แล้วตัดสินว่ารับองค์กรเข้าร่วมโครงการ"
                    + " ขอให้แก้ไขข้อมูล หรือไม่รับเข้าร่วม (ข้อ 5.2.1(1))"),
            Map.entry("recordOrientation", "บันทึกวันที่องค์กรเข้าร่วมประชุมชี้แจง (ข้อ 5.2.2(1))"),
            Map.entry("sharedVision", "ขั้นที่ 1 ปัญหาที่อยากแก้ ความดีที่อยากทำ และคุณธรรมเป้าหมายขององค์กร (ข้อ 5.2.1(2.1))"),
            Map.entry("goodnessCapital", "ขั้นที่ 2 ต้นทุนความดีที่มีอยู่และพฤติกรรมที่ต้องแก้ไข (ข้อ 5.2.1(2.2))"),
            Map.entry("designActivities", "ขั้นที่ 3 " + FormCode.PLAN.label() + " (ข้อ 5.2.1(2.3))"),
            Map.entry("carryOutPlan", "ขั้นที่ 4 ผลการดำเนินกิจกรรมตามแผน (ข้อ 5.2.1(2.4))"),
            Map.entry("lessonsLearned", "ขั้นที่ 5 บทเรียนที่ได้และการยกย่องเชิดชู (ข้อ 5.2.1(2.5))"),
            Map.entry("declareIntent", "การประกาศเจตนารมณ์ อ.05 (ข้อ 5.2.1(3))"),
            Map.entry("selfAssess", "คะแนนประเมินตนเอง อ.02 ทั้ง 9 ขั้นตอน และผลสำเร็จ อ.03"
                    + " ซึ่งระบบใช้คำนวณระดับที่เสนอ (ข้อ 5.2.1(4))"),
            Map.entry("revisePlan", "แก้ไข" + FormCode.PLAN.label() + " ตามข้อสังเกตของผู้ตรวจ (ข้อ 5.2.2(2)–(3))"),
            Map.entry("reviseDeclaration", "แก้ไขประกาศเจตนารมณ์ อ.05 ตามข้อสังเกตของผู้ตรวจ (ข้อ 5.2.2(2)–(3))"),
            Map.entry("reviseEvidence", "แก้ไขหลักฐานประกอบตามข้อสังเกตของผู้ตรวจ (ข้อ 5.2.2(2)–(3))"),
            Map.entry("checkCompleteness", "ตรวจเอกสารของเรื่องด้านล่างว่าครบถ้วนพอเสนอคณะอนุกรรมการจังหวัด"
                    + " หรือส่งกลับให้องค์กรปรับปรุง (ข้อ 5.2.2(2))"),
            Map.entry("recordNationalDatabase", "บันทึกข้อมูลองค์กรด้านล่างลงฐานข้อมูลองค์กรคุณธรรมระดับชาติ (ข้อ 5.2.2(5))"),
            Map.entry("scheduleSiteVisit", "นัดวันตรวจเยี่ยม คณะผู้ตรวจเยี่ยม และสิ่งที่องค์กรต้องเตรียม (ข้อ 5.2.2(6))"),
            Map.entry("confirmSiteVisit", "ยืนยันว่าองค์กรเตรียมรับการตรวจเยี่ยมพร้อมตามรายการด้านล่าง (ข้อ 5.2.2(6))"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseSteps steps;
    private final Cases cases;
    private final Provinces provinces;
    private final JdbcClient jdbc;
    private final SiteVisits siteVisits;
    private final SubmittedForms forms;

    private final ScoreChecks scoreChecks;

    CaseFactsListener(CaseSteps steps, Cases cases, Provinces provinces, JdbcClient jdbc, SiteVisits siteVisits,
            SubmittedForms forms, ScoreChecks scoreChecks) {
        this.scoreChecks = scoreChecks;
        this.forms = forms;
        this.siteVisits = siteVisits;
        this.steps = steps;
        this.cases = cases;
        this.provinces = provinces;
        this.jdbc = jdbc;
    }

    @Override
    public void notify(DelegateTask task) {
        Cases.CaseSummary c = steps.caseOf(task.getProcessInstanceId());
        String key = task.getTaskDefinitionKey();
        task.setVariableLocal(FACTS, facts(c, STEP.get(key)));
        switch (key) {
            case "reviewIntent" -> task.setVariableLocal(FILE, registration(c));
            case "checkCompleteness" -> task.setVariableLocal(FILE, resubmitted(c, task.getProcessDefinitionId())
                    + assessmentPackage(c));
            case "recordNationalDatabase" -> task.setVariableLocal(FILE, nationalRecord(c));
            case "scheduleSiteVisit" -> task.setVariableLocal(GUIDELINE, choices(siteVisits.guideline().stream()
                    .map(i -> Map.of("label", i.shown(), "value", i.code())).toList()));
            case "confirmSiteVisit" -> siteVisits.of(c.caseNumber()).ifPresent(visit -> {
                task.setVariableLocal(FILE, visit(visit));
                task.setVariableLocal(CHECKLIST, choices(visit.checklist().stream()
                        .map(e -> Map.of("label", e.shown(), "value", e.code())).toList()));
            });
            default -> {
                // the facts say it all
            }
        }
    }

    private String facts(Cases.CaseSummary c, String step) {
        return Markdown.item("เลขที่เรื่อง", c.caseNumber())
                + Markdown.item("องค์กร", c.organisationName())
                + Markdown.item("จังหวัด", province(c))
                + Markdown.item("ปีงบประมาณ", c.fiscalYear())
                + Markdown.item("สถานะ", ThaiNames.of(CaseStatus.class, c.status()))
                + (step == null ? "" : Markdown.item("ขั้นนี้", step));
    }

    private String province(Cases.CaseSummary c) {
        return provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode());
    }

    record Registered(String name, String orgType, String parentBody, String address, int executiveCount,
            int memberCount, String headName, String coordinatorName, String coordinatorPosition,
            String coordinatorPhone, String coordinatorEmail) {
    }

    record OtherCase(String caseNumber, int fiscalYear, String status, Integer proposedLevel, Integer certifiedLevel) {
    }

    /** อ.01 as it stands now (corrections included) and the organisation's other cases, newest first. */
    private String registration(Cases.CaseSummary c) {
        Registered r = registered(c);
        StringBuilder md = new StringBuilder("#### ข้อมูลในแบบ อ.01\n\n")
                .append(Markdown.item(RegistrationForm.LABELS.get("organisationName"), r.name()))
                .append(Markdown.item(RegistrationForm.LABELS.get("organisationType"), ThaiNames.of(OrganisationType.class, r.orgType())))
                .append(Markdown.item(RegistrationForm.LABELS.get("parentBody"), r.parentBody()))
                .append(Markdown.item(RegistrationForm.LABELS.get("address"), r.address()))
                .append(Markdown.item("หัวหน้าองค์กร", r.headName()))
                .append(Markdown.item(RegistrationForm.LABELS.get("executiveCount"), r.executiveCount() + " คน"))
                .append(Markdown.item(RegistrationForm.LABELS.get("memberCount"), r.memberCount() + " คน"))
                .append(Markdown.item("ผู้ประสานงาน", r.coordinatorName() + " (" + r.coordinatorPosition() + ")"))
                .append(Markdown.item("โทรศัพท์", r.coordinatorPhone()))
                .append(Markdown.item("อีเมล", r.coordinatorEmail()));
        List<OtherCase> others = jdbc.sql("""
                select case_number, fiscal_year, status, proposed_level, certified_level from mo.organisation_case
                 where organisation_id = ? and case_number <> ? order by fiscal_year desc, case_number desc""")
                .params(c.organisationId(), c.caseNumber()).query(OtherCase.class).list();
        md.append("\n#### เรื่องอื่นขององค์กรนี้\n\n");
        if (others.isEmpty()) {
            md.append("ไม่มี: องค์กรนี้เข้าร่วมโครงการเป็นครั้งแรก\n");
        }
        for (OtherCase o : others) {
            Integer level = o.certifiedLevel() != null ? o.certifiedLevel() : o.proposedLevel();
            md.append(Markdown.item(Markdown.text(o.caseNumber()) + " ปีงบประมาณ " + o.fiscalYear(),
                    ThaiNames.of(CaseStatus.class, o.status())
                            + (o.certifiedLevel() != null ? "; ระดับที่รับรอง " : level != null ? "; ระดับที่เสนอ " : "")
                            + (level == null ? "" : ThaiNames.of(Level.class, level))));
        }
        return md.toString();
    }

    /**
     * After a revision, what each resubmitted part changed, field by field from its stored versions
     * (the case page shows every version the same way); nothing on the first check.
     */
    private String resubmitted(Cases.CaseSummary c, String processDefinitionId) {
        java.time.Instant asked = jdbc.sql("""
                select max(decided_at) from mo.case_decision
                 where case_number = ? and outcome = 'REVISE' and stage in ('COMPLETENESS', 'PROVINCIAL')""")
                .param(c.caseNumber()).query(java.time.Instant.class).optional().orElse(null);
        if (asked == null) {
            return "";
        }
        Set<String> parts = java.util.Arrays.stream(RevisionParts.values()).map(RevisionParts::formCode)
                .collect(java.util.stream.Collectors.toSet());
        StringBuilder md = new StringBuilder("#### ส่วนที่องค์กรแก้ไขแล้วส่งกลับมา\n\n");
        for (SubmittedForms.Form form : forms.render(cases.submissions(c.caseNumber()), processDefinitionId, Map.of())) {
            SubmittedForms.Version last = form.latest();
            if (!parts.contains(form.formCode()) || last.submittedAt().isBefore(asked)) {
                continue;
            }
            md.append("**").append(Markdown.text(form.title())).append("** (ฉบับที่ ").append(last.version()).append(")\n\n");
            List<SubmittedForms.Change> changes = last.version() == 1
                    ? last.fields().stream().map(f -> new SubmittedForms.Change(f.label(), "-", f.value())).toList()
                    : last.changes();
            if (changes.isEmpty()) {
                md.append("ส่งอีกครั้งโดยไม่เปลี่ยนแปลง\n\n");
            }
            changes.forEach(ch -> md.append(Markdown.item(ch.label(), ch.before() + " → " + ch.after())));
            md.append("\n");
        }
        return md.toString();
    }

    /** The latest อ.02 per step, อ.03, the plan's rows, the declaration, the files: what the officer checks. */
    private String assessmentPackage(Cases.CaseSummary c) {
        StringBuilder md = new StringBuilder("#### เอกสารของเรื่อง\n\n");
        JsonNode assessment = latest(c.caseNumber(), "O02_O03");
        md.append("**").append(FormCode.SELF_ASSESSMENT.label()).append("**");
        if (assessment == null) {
            md.append(": ยังไม่ได้ส่ง\n\n");
        } else {
            md.append(" คะแนนรวม ").append(assessment.path("totalScore").asInt()).append(" จาก ")
                    .append(CaseForms.STEPS * 2).append("\n\n");
            for (int step = 1; step <= CaseForms.STEPS; step++) {
                String evidence = assessment.path("step" + step + "Evidence").asText("");
                md.append(Markdown.item("ขั้นที่ " + step, assessment.path("step" + step + "Score").asText("—")
                        + " คะแนน; หลักฐาน: " + (evidence.isBlank() ? "—" : evidence)));
            }
            int planned = assessment.path("successActivitiesPlanned").asInt();
            int achieved = assessment.path("successActivitiesAchieved").asInt();
            md.append("\n**").append(FormCode.SUCCESS_ASSESSMENT.label()).append("** กิจกรรมตามแผน ").append(planned)
                    .append(" กิจกรรม บรรลุเป้าหมาย ").append(achieved).append(" กิจกรรม")
                    .append(planned > 0 ? " (ร้อยละ " + achieved * 100 / planned + ")" : "")
                    .append(" ระดับการเปลี่ยนแปลงพฤติกรรม ").append(assessment.path("behaviourChange").asText("—"))
                    .append(" จาก 5\n\n");
        }
        JsonNode plan = latest(c.caseNumber(), "O04");
        md.append("**").append(FormCode.PLAN.label()).append("** ")
                .append(plan == null ? "ยังไม่ได้ส่ง" : plan.path(PlanForms.PLAN_ROWS).size() + " กิจกรรม"
                        + (plan.path(PlanForms.TEAM).isEmpty() ? "" : " คณะทำงาน " + plan.path(PlanForms.TEAM).size() + " คน"))
                .append("\n\n");
        JsonNode progress = latest(c.caseNumber(), "PROGRESS");
        if (progress != null && progress.has(PlanForms.PROGRESS_ROWS)) {
            // counted from the report's rows against the plan (PlanForms), never typed
            md.append("**ผลการดำเนินกิจกรรมตามแผน** ดำเนินการแล้ว ").append(progress.path("activitiesDone").asInt())
                    .append(" บางส่วน ").append(progress.path("activitiesPartly").asInt())
                    .append(" ยังไม่ได้ดำเนินการ ").append(progress.path("activitiesNotDone").asInt())
                    .append(" จาก ").append(progress.path("activitiesPlanned").asInt()).append(" กิจกรรม\n\n");
        }
        JsonNode declaration = latest(c.caseNumber(), "O05");
        md.append("**").append(FormCode.DECLARATION.label()).append("** ");
        if (declaration == null) {
            md.append("ยังไม่ได้ส่ง\n\n");
        } else {
            md.append("ประกาศเมื่อ ").append(Markdown.text(declaration.path("declaredOn").asText(null)))
                    .append(" ติดประกาศที่ ").append(Markdown.text(declaration.path("postedAt").asText(null)))
                    .append(" ผู้บริหารลงนามร้อยละ ").append(declaration.path("executivesSignedPercent").asText("—"))
                    .append(" สมาชิกลงนามร้อยละ ").append(declaration.path("membersSignedPercent").asText("—"))
                    .append("\n\n");
        }
        long files = jdbc.sql("select count(*) from mo.attachment where case_number = ?").param(c.caseNumber())
                .query(Long.class).single();
        md.append("**ไฟล์หลักฐาน** ").append(files).append(" ไฟล์\n\n");
        md.append("**ระดับที่เสนอ** ").append(c.proposedLevel() == null ? "—" : ThaiNames.of(Level.class, c.proposedLevel()))
                .append("\n");
        List<String> flags = scoreChecks.of(c.caseNumber());
        if (!flags.isEmpty()) {
            // a flag for the reviewer, not a refusal: the organisation's own scores against its own entries
            md.append("\n**ข้อสังเกต: คะแนนประเมินตนเองไม่สอดคล้องกับข้อมูลที่องค์กรกรอก**\n\n");
            flags.forEach(flag -> md.append("- ").append(Markdown.text(flag)).append('\n'));
        }
        return md.toString();
    }

    /** A checklist's options as Camunda Forms reads them from a variable: a JSON list of label and value. */
    private static TypedValue choices(List<Map<String, String>> options) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The visit the organisation confirms it is ready for. */
    private static String visit(SiteVisits.Visit visit) {
        StringBuilder md = new StringBuilder("#### การตรวจเยี่ยม\n\n")
                .append(Markdown.item("วันตรวจเยี่ยม", visit.visitDateText()));
        visit.visitors().forEach(v -> md.append(Markdown.item("ผู้ตรวจเยี่ยม", v.name() + " " + v.title())));
        md.append("\n[ดาวน์โหลดหนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม (PDF)](/cases/")
                .append(visit.caseNumber()).append("/site-visit-notice.pdf)\n");
        return md.toString();
    }

    /** What the PCO types into the national database (5.2.2(5)): the organisation, its level and its contact. */
    private String nationalRecord(Cases.CaseSummary c) {
        Registered e = registered(c);
        return "#### ข้อมูลที่ต้องบันทึก\n\n"
                + Markdown.item(RegistrationForm.LABELS.get("organisationName"), e.name())
                + Markdown.item(RegistrationForm.LABELS.get("organisationType"), ThaiNames.of(OrganisationType.class, e.orgType()))
                + Markdown.item("ที่อยู่", e.address() + " จังหวัด" + province(c))
                + Markdown.item("หัวหน้าองค์กร", e.headName())
                + Markdown.item("จำนวนผู้บริหารและสมาชิก", e.executiveCount() + " และ " + e.memberCount() + " คน")
                + Markdown.item("ระดับที่รับรอง", c.certifiedLevel() == null ? null : ThaiNames.of(Level.class, c.certifiedLevel()))
                + Markdown.item("ต้นแบบโดดเด่น", c.outstandingModel() ? "ใช่" : "ไม่ใช่")
                + Markdown.item("ปีงบประมาณที่รับรอง", c.fiscalYear())
                + Markdown.item("ผู้ประสานงาน", e.coordinatorName() + " โทร " + e.coordinatorPhone() + " อีเมล "
                        + e.coordinatorEmail());
    }

    /** The organisation and the case's coordinator as they stand now (corrections included). */
    private Registered registered(Cases.CaseSummary c) {
        return jdbc.sql("""
                select o.name, o.org_type, o.parent_body, o.address, o.executive_count, o.member_count, o.head_name,
                       c.coordinator_name, c.coordinator_position, c.coordinator_phone, c.coordinator_email
                  from mo.organisation_case c join mo.organisation o on o.id = c.organisation_id
                 where c.case_number = ?""").param(c.caseNumber()).query(Registered.class).single();
    }

    private JsonNode latest(String caseNumber, String formCode) {
        return cases.latestSubmission(caseNumber, formCode).map(CaseFactsListener::parse).orElse(null);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored form", e);
        }
    }
}
