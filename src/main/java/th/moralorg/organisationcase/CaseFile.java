package th.moralorg.organisationcase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonProperty;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.identity.AsSystem;
import th.moralorg.identity.People;
import th.moralorg.reference.Decision;
import th.moralorg.reference.DecisionStage;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.MailKind;
import th.moralorg.reference.NationalResult;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.OutboxStatus;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;

/**
 * Everything of one case in one read-only transaction, for the case page /cases/{n} and
 * GET /api/cases/{n}/file (issue 11): the case at a glance and what it waits for now, the
 * organisation and its other years' cases the caller may read, every form with its versions and
 * changes, the evidence files, the level proposal with the DMN rule that gave it, the decisions and a
 * timeline (newest first). One query per source, names of people in one query. Who may read it is
 * {@link CaseAccess}'s: empty when the case does not exist or the caller may not see it.
 */
@Service
public class CaseFile {

    static final String DECISION_KEY = "certification-level";

    /** The whole file; every name of a code or a person comes beside the code or user id. */
    public record File(Cases.CaseSummary summary, String provinceName, CasePosition position, Waiting waiting,
            Organisation organisation,
            List<Cases.CaseSummary> otherCases, List<SubmittedForms.Form> forms, List<Attachment> attachments,
            List<LevelProposal> levelProposals, List<DecisionEntry> decisions, List<IssuedDocument> documents,
            SiteVisits.Visit siteVisit, List<Entry> timeline) {
        /** The province certified a level: the certificate may be downloaded (or issued by the office). */
        @JsonProperty
        public boolean certified() {
            return Certificates.certified(summary);
        }
    }

    /** A document of the register issued for the case (issue 17), with its issuer's and reviser's names. */
    public record IssuedDocument(String kind, String kindName, String reference, int version, String issuedBy,
            String issuedByName, Instant issuedAt, String revisedByName, Instant revisedAt, String href) {
    }

    /** What the case waits for now (live from the engine), with the people and groups named. */
    public record Waiting(List<Task> tasks, List<Event> events, Instant since) {
    }

    public record Task(String name, String assignee, String assigneeName, List<String> candidateGroupNames,
            Instant created, Instant due) {
    }

    /** {@code kind}: MESSAGE (waits for another process or a person's action elsewhere) or TIMER. */
    public record Event(String kind, String name, Instant since, Instant due) {
    }

    /** The organisation's data (mo.organisation, as its latest อ.01 left it), labelled as อ.01 labels them. */
    public record Organisation(long id, String name, List<SubmittedForms.Field> fields) {
    }

    public record Attachment(long id, String fileName, String contentType, int sizeBytes, String purpose,
            String purposeName, String uploadedBy, String uploadedByName, Instant uploadedAt) {
        /** Images and PDFs open in the browser (CasePage's preview). */
        @JsonProperty
        public boolean previewable() {
            return CasePage.PREVIEWABLE.contains(contentType);
        }

        @JsonProperty
        public boolean image() {
            return contentType.startsWith("image/");
        }
    }

    /** One evaluation of DMN certification-level: the rule that matched (its Thai description) and its inputs. */
    public record LevelProposal(Instant evaluatedAt, Integer level, String ruleId, Integer rulePosition, String rule,
            List<Input> inputs) {
        @JsonProperty
        public String levelName() {
            return ThaiNames.of(Level.class, level);
        }
    }

    public record Input(String label, Object value) {
    }

    public record DecisionEntry(String stage, String stageName, String outcome, String outcomeName, Integer level,
            String remarks, String decidedBy, String decidedByName, Instant decidedAt) {
        @JsonProperty
        public String levelName() {
            return ThaiNames.of(Level.class, level);
        }
    }

    /**
     * A line of the timeline: {@code kind} STEP (a step of the process ended), FORM (อ.01 received),
     * FILE, MAIL, REMINDER (an SLA reminder or escalation of a task), DECISION, DOCUMENT (issued or reissued).
     */
    public record Entry(Instant at, String kind, String what, String who, String detail) {
    }

    private record Mail(String kind, String recipient, String status, String subject, Instant createdAt,
            Instant sentAt) {
    }

    private record SlaNotice(String taskId, String stage, Instant notifiedAt) {
    }

    private final Cases cases;
    private final Attachments attachments;
    private final SubmittedForms forms;
    private final CaseWaiting waiting;
    private final CasePositions positions;
    private final People people;
    private final Provinces provinces;
    private final HistoryService history;
    private final RepositoryService repository;
    private final AsSystem asSystem;
    private final JdbcClient jdbc;
    private final DocumentRegister register;
    private final SiteVisits siteVisits;

    CaseFile(Cases cases, Attachments attachments, SubmittedForms forms, CaseWaiting waiting,
            CasePositions positions, People people, Provinces provinces, HistoryService history, RepositoryService repository, AsSystem asSystem,
            JdbcClient jdbc, DocumentRegister register, SiteVisits siteVisits) {
        this.register = register;
        this.siteVisits = siteVisits;
        this.cases = cases;
        this.attachments = attachments;
        this.forms = forms;
        this.waiting = waiting;
        this.positions = positions;
        this.people = people;
        this.provinces = provinces;
        this.history = history;
        this.repository = repository;
        this.asSystem = asSystem;
        this.jdbc = jdbc;
    }

    /** The case's file for a caller in {@code groups}; empty when it does not exist or they may not read it. */
    @Transactional(readOnly = true)
    public Optional<File> read(String caseNumber, Collection<String> groups) {
        return cases.find(caseNumber).filter(c -> CaseAccess.mayRead(c, groups))
                // the engine's reads need grants no reader holds: access was decided just above
                .map(c -> asSystem.call(() -> assemble(c, groups)));
    }

    private File assemble(Cases.CaseSummary c, Collection<String> groups) {
        String instance = cases.instanceOf(c.caseNumber()).orElse(null);
        HistoricProcessInstance process = instance == null ? null
                : history.createHistoricProcessInstanceQuery().processInstanceId(instance).singleResult();
        String definition = process == null ? null : process.getProcessDefinitionId();
        CaseWaiting.Waiting now = process == null || process.getEndTime() != null ? CaseWaiting.Waiting.NOTHING
                : waiting.of(instance, definition);
        List<HistoricActivityInstance> steps = instance == null ? List.of()
                : history.createHistoricActivityInstanceQuery().processInstanceId(instance)
                        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list();
        List<SubmittedForms.Stored> submitted = cases.submissions(c.caseNumber());
        List<Attachments.Stored> files = attachments.list(c.caseNumber());
        List<Cases.DecisionRow> decided = cases.decisions(c.caseNumber());
        List<DocumentRegister.Issued> issued = register.about(c.caseNumber());

        Set<String> users = new HashSet<>();
        now.tasks().forEach(t -> users.add(t.assignee()));
        submitted.forEach(s -> users.add(s.submittedBy()));
        files.forEach(f -> users.add(f.uploadedBy()));
        decided.forEach(d -> users.add(d.decidedBy()));
        issued.forEach(d -> {
            users.add(d.issuedBy());
            users.add(d.revisedBy());
        });
        steps.forEach(s -> users.add(s.getAssignee()));
        Map<String, String> names = people.names(users);
        Set<String> groupIds = new HashSet<>();
        now.tasks().forEach(t -> groupIds.addAll(t.candidateGroups()));
        Map<String, String> groupNames = people.groupNames(groupIds);

        List<SubmittedForms.Form> rendered = forms.render(submitted, definition, names);
        List<DecisionEntry> decisions = decisions(decided, definition, names);
        List<IssuedDocument> documents = documents(issued, names);
        List<Attachment> attached = files.stream().map(f -> new Attachment(f.id(), f.fileName(), f.contentType(),
                f.sizeBytes(), f.purpose(), EvidenceUploads.PURPOSES.getOrDefault(f.purpose(), f.purpose()),
                f.uploadedBy(), names.getOrDefault(f.uploadedBy(), f.uploadedBy()), f.uploadedAt())).toList();
        return new File(c, provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode()),
                positions.of(c.caseNumber()).orElse(null), waiting(now, names, groupNames), organisation(c), otherCases(c, groups), rendered, attached,
                instance == null ? List.of() : levelProposals(instance), decisions, documents,
                siteVisits.of(c.caseNumber()).orElse(null), timeline(c, steps, submitted, attached, decisions, documents, names));
    }

    private static List<IssuedDocument> documents(List<DocumentRegister.Issued> issued, Map<String, String> names) {
        return issued.stream().map(d -> new IssuedDocument(d.kind(), d.kindName(), d.reference(), d.version(),
                d.issuedBy(), DocumentRegister.BY_THE_SYSTEM.equals(d.issuedBy()) ? "ระบบ (ออกพร้อมการบันทึกผล)"
                        : names.getOrDefault(d.issuedBy(), d.issuedBy()), d.issuedAt(),
                d.revisedBy() == null ? null : names.getOrDefault(d.revisedBy(), d.revisedBy()), d.revisedAt(), href(d)))
                .toList();
    }

    /** Where the case page downloads a document: an event's certificate by its own path (event.EventCertificates). */
    private static String href(DocumentRegister.Issued d) {
        return switch (DocumentKind.valueOf(d.kind())) {
            case LEVEL_CERTIFICATE -> "/cases/" + d.subject() + "/certificate.pdf";
            case NATIONAL_CERTIFICATE -> "/cases/" + d.subject() + "/national-certificate.pdf";
            case NATIONAL_RESULT_NOTICE -> "/cases/" + d.subject() + "/national-result-notice.pdf";
            case SITE_VISIT_NOTICE -> "/cases/" + d.subject() + "/site-visit-notice.pdf";
            case PARTICIPATION_CERTIFICATE, HONOUR_CERTIFICATE ->
                "/cases/" + d.subject().substring(0, d.subject().indexOf('/')) + "/event-certificates/" + d.id() + ".pdf";
            default -> null;
        };
    }

    private static Waiting waiting(CaseWaiting.Waiting now, Map<String, String> names, Map<String, String> groups) {
        List<Task> open = now.tasks().stream().map(t -> new Task(t.name(), t.assignee(),
                t.assignee() == null ? null : names.getOrDefault(t.assignee(), t.assignee()),
                t.candidateGroups().stream().map(g -> groups.getOrDefault(g, g)).toList(), t.created(), t.due()))
                .toList();
        List<Event> events = now.events().stream().map(e -> new Event(e.kind(), e.name(), e.since(), e.due())).toList();
        return new Waiting(open, events, now.since());
    }

    private Organisation organisation(Cases.CaseSummary c) {
        Cases.OrganisationRow o = cases.organisation(c.organisationId()).orElseThrow();
        Map<String, Object> values = new HashMap<>();
        values.put("organisationName", o.name());
        values.put("organisationType", ThaiNames.of(OrganisationType.class, o.orgType()));
        values.put("parentBody", o.parentBody() == null ? "-" : o.parentBody());
        values.put("address", o.address());
        values.put("provinceCode", provinces.findByCode(o.provinceCode()).map(Province::nameTh).orElse(o.provinceCode()));
        values.put("executiveCount", o.executiveCount());
        values.put("memberCount", o.memberCount());
        values.put("headName", o.headName());
        List<SubmittedForms.Field> fields = new ArrayList<>();
        RegistrationForm.LABELS.forEach((key, label) -> {
            if (values.containsKey(key)) {
                fields.add(new SubmittedForms.Field(key, label, String.valueOf(values.get(key))));
            }
        });
        return new Organisation(o.id(), o.name(), fields);
    }

    /** The organisation's cases of other fiscal years that this caller may read too. */
    private List<Cases.CaseSummary> otherCases(Cases.CaseSummary c, Collection<String> groups) {
        return cases.ofOrganisation(c.organisationId()).stream()
                .filter(o -> !o.caseNumber().equals(c.caseNumber()) && CaseAccess.mayRead(o, groups)).toList();
    }

    private List<DecisionEntry> decisions(List<Cases.DecisionRow> rows, String definition, Map<String, String> names) {
        return rows.stream().map(d -> new DecisionEntry(d.stage(), ThaiNames.of(DecisionStage.class, d.stage()),
                d.outcome(), outcomeName(d, definition), d.level(), d.remarks(), d.decidedBy(),
                d.decidedBy() == null ? null : names.getOrDefault(d.decidedBy(), d.decidedBy()), d.decidedAt()))
                .toList();
    }

    /** The outcome as the deciding form offered it (the officers' forms), or its reference name (messages). */
    private String outcomeName(Cases.DecisionRow d, String definition) {
        return switch (d.stage()) {
            case "INTENT_REVIEW" -> choice(definition, "INTENT_REVIEW", "intentDecision", d.outcome());
            case "COMPLETENESS" -> choice(definition, "COMPLETENESS", "completenessDecision", d.outcome());
            case "PROVINCIAL" -> ThaiNames.of(Decision.class, d.outcome());
            case "NATIONAL" -> ThaiNames.of(NationalResult.class, d.outcome());
            default -> d.outcome();
        };
    }

    private String choice(String definition, String formCode, String key, String code) {
        SubmittedForms.Labels labels = definition == null ? null : forms.labels(definition, formCode);
        return labels == null ? code : labels.choice(key, code);
    }

    /** Every evaluation of the level decision in this case, the latest first, with the rule that matched. */
    private List<LevelProposal> levelProposals(String instance) {
        List<LevelProposal> proposals = new ArrayList<>();
        for (HistoricDecisionInstance d : history.createHistoricDecisionInstanceQuery().processInstanceId(instance)
                .decisionDefinitionKey(DECISION_KEY).includeInputs().includeOutputs()
                .orderByEvaluationTime().desc().list()) {
            List<Input> inputs = d.getInputs().stream()
                    .map((HistoricDecisionInputInstance i) -> new Input(i.getClauseName(), i.getValue())).toList();
            HistoricDecisionOutputInstance out = d.getOutputs().isEmpty() ? null : d.getOutputs().get(0);
            Integer level = out == null || !(out.getValue() instanceof Number n) ? null : n.intValue();
            Rule rule = out == null ? null
                    : repository.getDmnModelInstance(d.getDecisionDefinitionId()).getModelElementById(out.getRuleId());
            proposals.add(new LevelProposal(d.getEvaluationTime().toInstant(), level,
                    out == null ? null : out.getRuleId(), rule == null ? null : position(rule), ruleText(rule), inputs));
        }
        return proposals;
    }

    /** The rule's description in the decision table as deployed (Thai, for the page). */
    private static String ruleText(Rule rule) {
        return rule == null ? null : rule.getDescription() == null ? rule.getId()
                : rule.getDescription().getTextContent().strip();
    }

    /** Which row of its table the rule is, from 1 (the engine's rule order counts matched rules only). */
    private static int position(Rule rule) {
        return List.copyOf(((DecisionTable) rule.getParentElement()).getRules()).indexOf(rule) + 1;
    }

    /**
     * Newest first: the steps that ended (a user task with who completed it: the assignee, else
     * whoever submitted its form's version of that round), อ.01 received, files, mails, SLA
     * reminders and escalations of the case's tasks, decisions.
     */
    private List<Entry> timeline(Cases.CaseSummary c, List<HistoricActivityInstance> steps,
            List<SubmittedForms.Stored> submitted, List<Attachment> files, List<DecisionEntry> decisions,
            List<IssuedDocument> documents, Map<String, String> names) {
        List<Entry> entries = new ArrayList<>();
        Map<String, List<SubmittedForms.Stored>> versions = new HashMap<>();
        submitted.forEach(s -> versions.computeIfAbsent(s.formCode(), k -> new ArrayList<>()).add(s));
        Map<String, Integer> rounds = new HashMap<>();
        Map<String, String> taskNames = new HashMap<>();
        for (HistoricActivityInstance step : steps) {
            if (step.getTaskId() != null) {
                taskNames.put(step.getTaskId(), step.getActivityName());
            }
            if (step.getEndTime() == null || step.getActivityName() == null
                    || step.getActivityType().toLowerCase(java.util.Locale.ROOT).contains("gateway")) {
                continue;
            }
            String who = step.getAssignee();
            if ("userTask".equals(step.getActivityType()) && !step.isCanceled()) {
                CaseForms.Spec spec = CaseForms.BY_TASK.get(step.getActivityId());
                int round = rounds.merge(step.getActivityId(), 1, Integer::sum);
                List<SubmittedForms.Stored> ofForm = spec == null ? List.of() : versions.getOrDefault(spec.formCode(), List.of());
                if (who == null && round <= ofForm.size()) {
                    who = ofForm.get(round - 1).submittedBy();
                }
            }
            entries.add(new Entry(step.getEndTime().toInstant(), "STEP", step.getActivityName(),
                    who == null ? null : names.getOrDefault(who, who), step.isCanceled() ? "ยกเลิก" : null));
        }
        versions.getOrDefault(SubmittedForms.REGISTRATION, List.of()).forEach(s -> entries.add(new Entry(
                s.submittedAt(), "FORM", s.version() == 1 ? "ได้รับแบบ อ.01" : "ได้รับแบบ อ.01 ฉบับแก้ไข ครั้งที่ "
                        + (s.version() - 1), c.coordinatorName(), null)));
        files.forEach(f -> entries.add(new Entry(f.uploadedAt(), "FILE", "แนบไฟล์ " + f.fileName(), f.uploadedByName(),
                f.purposeName())));
        mails(c.caseNumber()).forEach(m -> entries.add(new Entry(m.sentAt() == null ? m.createdAt() : m.sentAt(), "MAIL",
                ThaiNames.of(MailKind.class, m.kind()), m.recipient(),
                ThaiNames.of(OutboxStatus.class, m.status()) + ": " + m.subject())));
        slaNotices(taskNames.keySet()).forEach(n -> entries.add(new Entry(n.notifiedAt(), "REMINDER",
                ("REMINDER".equals(n.stage()) ? MailKind.SLA_REMINDER : MailKind.ESCALATION).thai(), null,
                taskNames.get(n.taskId()))));
        decisions.forEach(d -> entries.add(new Entry(d.decidedAt(), "DECISION", d.stageName() + ": " + d.outcomeName(),
                d.decidedByName(), d.remarks())));
        documents.forEach(d -> {
            entries.add(new Entry(d.issuedAt(), "DOCUMENT", "ออก" + d.kindName(), d.issuedByName(), d.reference()));
            if (d.revisedAt() != null) {
                entries.add(new Entry(d.revisedAt(), "DOCUMENT", "ออก" + d.kindName() + " ฉบับแก้ไขครั้งที่ " + (d.version() - 1),
                        d.revisedByName(), d.reference()));
            }
        });
        entries.sort(Comparator.comparing(Entry::at, Comparator.nullsLast(Comparator.reverseOrder())));
        return entries;
    }

    /** The case's mails: the outbox keeps the case number as each one's business key. */
    private List<Mail> mails(String caseNumber) {
        return jdbc.sql("""
                select kind, recipient, status, subject, created_at, sent_at from mo.notification
                where business_key = ? order by created_at""").param(caseNumber).query(Mail.class).list();
    }

    private List<SlaNotice> slaNotices(Set<String> taskIds) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select task_id, stage, notified_at from mo.task_sla_notice where task_id = any(?)")
                .param(taskIds.toArray(String[]::new)).query(SlaNotice.class).list();
    }
}
