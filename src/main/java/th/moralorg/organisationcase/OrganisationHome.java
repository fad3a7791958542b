package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.EventType;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.Level;
import th.moralorg.reference.MailKind;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * What an organisation's coordinators see of their organisations (issue 11, item 4): per
 * organisation of their groups, its cases by fiscal year (newest first) with status and levels,
 * what to do next (their group's open tasks, with a link into Tasklist) or what the case waits
 * for, the forms they sent, their certificates and evidence files, and the office's mails.
 */
@Component
class OrganisationHome {

    /** An organisation has a task or two open per case; a bound the engine asks of API callers' queries. */
    static final int MOST_TASKS = 100;
    static final String TASK_LINK = "/camunda/app/tasklist/default/#/?task=";

    /** Where an open task is worked: the plan and the progress report on their own pages, the rest in Tasklist. */
    static String link(String caseNumber, org.camunda.bpm.engine.task.Task task) {
        String key = task.getTaskDefinitionKey();
        if (PlanPage.TASKS.contains(key)) {
            return PlanPage.casePath(caseNumber) + "/plan";
        }
        return ProgressPage.TASKS.contains(key) ? PlanPage.casePath(caseNumber) + "/progress" : TASK_LINK + task.getId();
    }

    /** The organisation's own forms, in the order of the seed, as the home names them. */
    private static final Map<String, String> FORMS = forms();

    /** What a case with no task for the organisation waits for, by its status. */
    static final Map<CaseStatus, String> WAITING = Map.ofEntries(
            Map.entry(CaseStatus.REGISTERED, "รอสำนักงานวัฒนธรรมจังหวัดตรวจแบบ อ.01"),
            Map.entry(CaseStatus.CORRECTION_REQUESTED, "องค์กรต้องแก้ไขแบบ อ.01 ทางลิงก์ในอีเมลที่ได้รับ"),
            Map.entry(CaseStatus.REJECTED, "สำนักงานวัฒนธรรมจังหวัดไม่รับเรื่องนี้ เรื่องสิ้นสุดแล้ว"),
            Map.entry(CaseStatus.ACCEPTED, "รอการประชุมชี้แจงของสำนักงานวัฒนธรรมจังหวัด จะได้รับอีเมลเชิญ"),
            Map.entry(CaseStatus.IN_PROGRESS, "รอสำนักงานวัฒนธรรมจังหวัดดำเนินการ"),
            Map.entry(CaseStatus.SUBMITTED, "รอสำนักงานวัฒนธรรมจังหวัดตรวจความครบถ้วนของเอกสาร"),
            Map.entry(CaseStatus.REVISION_REQUESTED, "องค์กรต้องปรับปรุงเอกสารตามข้อสังเกตในอีเมลที่ได้รับ"),
            Map.entry(CaseStatus.AWAITING_PROVINCIAL_REVIEW, "รอคณะอนุกรรมการส่งเสริมคุณธรรมจังหวัดพิจารณา"),
            Map.entry(CaseStatus.PROVINCIALLY_CERTIFIED, "รอผลการพิจารณาของคณะกรรมการระดับชาติ"),
            Map.entry(CaseStatus.NOT_CERTIFIED, "เรื่องของปีนี้สิ้นสุดแล้ว สมัครใหม่ได้ในปีงบประมาณถัดไป"),
            Map.entry(CaseStatus.NATIONALLY_ENDORSED, "รอรอบการประเมินของปีงบประมาณถัดไป ระบบจะแจ้งทางอีเมล"),
            Map.entry(CaseStatus.NATIONALLY_NOT_ENDORSED, "เรื่องของปีนี้สิ้นสุดแล้ว สมัครใหม่ได้ในปีงบประมาณถัดไป"),
            Map.entry(CaseStatus.WITHDRAWN, "องค์กรถอนตัวแล้ว เรื่องสิ้นสุดแล้ว"));

    record Organisation(long id, String name, String provinceName, List<CaseView> cases) {
    }

    record CaseView(String caseNumber, int fiscalYear, String statusName, String proposedLevelName,
            String certifiedLevelName, boolean outstandingModel, List<OpenTask> tasks, String waitingFor,
            List<Sent> forms, List<Certificate> certificates, String levelCertificate, int filesCount,
            List<Message> messages) {
    }

    record OpenTask(String id, String name, String href, String due) {
    }

    record Sent(String form, int version, String submittedOn) {
    }

    /** A certificate of an event (participation or honour), with where to download it. */
    record Certificate(String kindName, String reference, String event, String heldOn, String href) {
    }

    record Message(String kind, String subject, String sentOn) {
    }

    private record CaseRow(String caseNumber, long organisationId, int fiscalYear, String status,
            Integer proposedLevel, Integer certifiedLevel, boolean outstandingModel, String processInstanceId) {
    }

    private record OrganisationRow(long id, String name, String provinceName) {
    }

    private record SentRow(String caseNumber, String formCode, int version, OffsetDateTime submittedAt) {
    }

    private record CertificateRow(String caseNumber, long id, String kind, String prefix, int number, String eventType,
            String title, LocalDate heldOn) {
    }

    private record MessageRow(String caseNumber, String kind, String subject, OffsetDateTime createdAt) {
    }

    private record FilesRow(String caseNumber, int files) {
    }

    private record IssuedRow(String subject, String prefix, int number) {
    }

    private final JdbcClient jdbc;
    private final TaskService tasks;
    private final Clock clock;

    OrganisationHome(JdbcClient jdbc, TaskService tasks, Clock clock) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The organisations of these groups ({@code org-<id>}), by name. */
    List<Organisation> of(Collection<String> groups) {
        List<Long> ids = OrganisationAccess.organisationsOf(groups);
        if (ids.isEmpty()) {
            return List.of();
        }
        Long[] wanted = ids.toArray(Long[]::new);
        List<OrganisationRow> organisations = jdbc.sql("""
                select o.id, o.name, p.name_th as province_name
                  from mo.organisation o join mo.province p on p.code = o.province_code
                 where o.id = any(?) order by o.name""").param(wanted).query(OrganisationRow.class).list();
        List<CaseRow> cases = jdbc.sql("""
                select case_number, organisation_id, fiscal_year, status, proposed_level, certified_level,
                       outstanding_model, process_instance_id
                  from mo.organisation_case where organisation_id = any(?)
                 order by fiscal_year desc, case_number desc""").param(wanted).query(CaseRow.class).list();
        String[] numbers = cases.stream().map(CaseRow::caseNumber).toArray(String[]::new);
        Map<String, List<SentRow>> sent = jdbc.sql("""
                select case_number, form_code, version, submitted_at from mo.form_submission
                 where case_number = any(?) and form_code = any(?) order by submitted_at, id""")
                .params(numbers, FORMS.keySet().toArray(String[]::new)).query(SentRow.class).list().stream()
                .collect(Collectors.groupingBy(SentRow::caseNumber));
        Map<String, List<CertificateRow>> certificates = jdbc.sql("""
                select split_part(d.subject, '/EVENT-', 1) as case_number, d.id, d.kind, d.prefix, d.number,
                       e.event_type, e.title, e.held_on
                  from mo.issued_document d
                  join mo.provincial_event e on e.id::text = split_part(d.subject, '/EVENT-', 2)
                 where split_part(d.subject, '/EVENT-', 1) = any(?) and d.kind = any(?)
                 order by e.held_on, e.id, d.kind desc""")
                .params(numbers, new String[] {DocumentKind.PARTICIPATION_CERTIFICATE.name(),
                        DocumentKind.HONOUR_CERTIFICATE.name()})
                .query(CertificateRow.class).list()
                .stream().collect(Collectors.groupingBy(CertificateRow::caseNumber));
        // the mails to the organisation's coordinators about its cases; the office's own mails are not theirs
        Map<String, List<MessageRow>> messages = jdbc.sql("""
                select n.business_key as case_number, n.kind, n.subject, n.created_at
                  from mo.notification n
                 where n.business_key = any(?)
                   and lower(n.recipient) in (select lower(c.coordinator_email) from mo.organisation_case c
                                               where c.organisation_id = any(?))
                 order by n.created_at desc, n.id desc""").params(numbers, wanted).query(MessageRow.class).list()
                .stream().collect(Collectors.groupingBy(MessageRow::caseNumber));
        // the level certificates the office has issued (on its first download of the case's certificate.pdf)
        Map<String, String> levelCertificates = jdbc.sql("""
                select subject, prefix, number from mo.issued_document where subject = any(?) and kind = ?""")
                .params(numbers, DocumentKind.LEVEL_CERTIFICATE.name()).query(IssuedRow.class).list().stream()
                .collect(Collectors.toMap(IssuedRow::subject, r -> DocumentRegister.reference(r.prefix(), r.number())));
        Map<String, Integer> files = jdbc.sql("""
                select case_number, count(*) as files from mo.attachment where case_number = any(?)
                 group by case_number""").param(numbers).query(FilesRow.class).list().stream()
                .collect(Collectors.toMap(FilesRow::caseNumber, FilesRow::files));
        Map<Long, List<Task>> openTasks = new LinkedHashMap<>();
        ids.forEach(id -> openTasks.put(id, openTasksOf(id, cases)));

        List<Organisation> result = new ArrayList<>();
        for (OrganisationRow o : organisations) {
            List<CaseView> views = new ArrayList<>();
            for (CaseRow c : cases) {
                if (c.organisationId() != o.id()) {
                    continue;
                }
                List<OpenTask> mine = openTasks.get(o.id()).stream()
                        .filter(t -> t.getProcessInstanceId().equals(c.processInstanceId()))
                        .map(t -> new OpenTask(t.getId(), t.getName(), link(c.caseNumber(), t),
                                t.getDueDate() == null ? null : ThaiDates.longDate(t.getDueDate().toInstant(),
                                        clock.getZone())))
                        .toList();
                views.add(new CaseView(c.caseNumber(), c.fiscalYear(), ThaiNames.of(CaseStatus.class, c.status()),
                        ThaiNames.of(Level.class, c.proposedLevel()), ThaiNames.of(Level.class, c.certifiedLevel()),
                        c.outstandingModel(), mine, mine.isEmpty() ? waitingFor(c) : null,
                        sent.getOrDefault(c.caseNumber(), List.of()).stream().map(this::sent).toList(),
                        certificates.getOrDefault(c.caseNumber(), List.of()).stream().map(this::certificate).toList(),
                        levelCertificates.get(c.caseNumber()), files.getOrDefault(c.caseNumber(), 0),
                        messages.getOrDefault(c.caseNumber(), List.of()).stream().map(this::message).toList()));
            }
            result.add(new Organisation(o.id(), o.name(), o.provinceName(), views));
        }
        return result;
    }

    /** The open tasks of the organisation's group (claimed ones too) in its cases' instances. */
    private List<Task> openTasksOf(long organisationId, List<CaseRow> cases) {
        String[] instances = cases.stream().filter(c -> c.organisationId() == organisationId)
                .map(CaseRow::processInstanceId).filter(Objects::nonNull).toArray(String[]::new);
        if (instances.length == 0) {
            return List.of();
        }
        return tasks.createTaskQuery().processInstanceIdIn(instances)
                .taskCandidateGroup(OrganisationAccess.groupOf(organisationId)).includeAssignedTasks()
                .orderByTaskCreateTime().asc().listPage(0, MOST_TASKS);
    }

    private static String waitingFor(CaseRow c) {
        return ThaiNames.find(CaseStatus.class, c.status()).map(WAITING::get).orElse(null);
    }

    private Sent sent(SentRow s) {
        return new Sent(FORMS.get(s.formCode()), s.version(), date(s.submittedAt()));
    }

    private Certificate certificate(CertificateRow c) {
        String event = ThaiNames.of(EventType.class, c.eventType()) + ": " + c.title();
        // the event package's download (event.EventCertificates.path)
        return new Certificate(ThaiNames.of(DocumentKind.class, c.kind()), DocumentRegister.reference(c.prefix(), c.number()),
                event, c.heldOn() == null ? null : ThaiDates.longDate(c.heldOn()),
                "/cases/" + c.caseNumber() + "/event-certificates/" + c.id() + ".pdf");
    }

    private Message message(MessageRow m) {
        return new Message(ThaiNames.of(MailKind.class, m.kind()), m.subject(), date(m.createdAt()));
    }

    private String date(OffsetDateTime at) {
        return ThaiDates.longDate(at.toInstant(), clock.getZone());
    }

    private static Map<String, String> forms() {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("O01", FormCode.INTENT.label());
        forms.put("SHARED_VISION", "ขั้นที่ 1 สร้างภาพฝันร่วมกัน");
        forms.put("GOODNESS_CAPITAL", "ขั้นที่ 2 ทบทวนต้นทุนความดี");
        forms.put("O04", FormCode.PLAN.label());
        forms.put("PROGRESS", "ขั้นที่ 4 ผลการดำเนินกิจกรรมตามแผน");
        forms.put("LESSONS", "ขั้นที่ 5 สรุปบทเรียนและยกย่องเชิดชู");
        forms.put("O05", FormCode.DECLARATION.label());
        forms.put("O02_O03", FormCode.SELF_ASSESSMENT.label() + " และ " + FormCode.SUCCESS_ASSESSMENT.label());
        return java.util.Collections.unmodifiableMap(forms);
    }
}
