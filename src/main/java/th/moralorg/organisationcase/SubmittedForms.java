package th.moralorg.organisationcase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

import th.moralorg.reference.FormCode;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Virtue;

/**
 * Every form a case stored (mo.form_submission) rendered for reading, each version with what
 * changed from the one before. The Thai labels come from one place per form: the Camunda Forms
 * the case's own process deployed with it (a label per key, the choices' labels, which keys are
 * dates), and for อ.01 {@link RegistrationForm#LABELS}. The section's title is the task's name in
 * the model (อ.01: its {@link FormCode} title). Engine reads: the caller runs them as the system.
 */
@Component
class SubmittedForms {

    /** The form code อ.01 is stored under (RegistrationService). */
    static final String REGISTRATION = "O01";
    /** Stored beside the form's own fields, computed by CaseForms: no form has a label for it. */
    private static final Map<String, String> COMPUTED = Map.of("totalScore", "คะแนนรวมของ อ.02 (9 ขั้น)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One form's labels: by key in the form's order, the choices' labels by key, the date keys; for a
     * form of rows (the plan อ.04, the progress report), a row's labels, the key of its rows and the month keys.
     */
    record Labels(String formCode, String title, Map<String, String> labels, Map<String, Map<String, String>> choices, Set<String> dates,
            Map<String, String> rowLabels, String rowsKey, Set<String> months) {

        Labels(String formCode, String title, Map<String, String> labels, Map<String, Map<String, String>> choices,
                Set<String> dates) {
            this(formCode, title, labels, choices, dates, Map.of(), null, Set.of());
        }

        /** The Thai label of a choice of {@code key}, or the code itself. */
        String choice(String key, Object code) {
            return code == null ? null : choices.getOrDefault(key, Map.of()).getOrDefault(code.toString(), code.toString());
        }
    }

    /** A stored version as read from the table. */
    record Stored(String formCode, int version, String data, String submittedBy, Instant submittedAt) {
    }

    /** A field as people read it. */
    record Field(String key, String label, String value) {
    }

    /** What one version changed from the one before it: the field, the value before and after. */
    record Change(String label, String before, String after) {
    }

    record Version(int version, String submittedBy, String submittedByName, Instant submittedAt, List<Field> fields,
            List<List<Field>> planRows, List<Change> changes) {
    }

    /** A form with its versions, the latest first. */
    record Form(String formCode, String title, List<Version> versions) {
        public Version latest() {
            return versions.get(0);
        }
    }

    private final RepositoryService repository;
    private final Provinces provinces;
    private final Map<String, Map<String, Labels>> byDefinition = new ConcurrentHashMap<>();

    SubmittedForms(RepositoryService repository, Provinces provinces) {
        this.repository = repository;
        this.provinces = provinces;
    }

    /**
     * The forms of a case in the order they were first sent, from its stored versions (ordered by
     * form and version), labelled after {@code processDefinitionId}'s deployment; {@code names}:
     * user id → the person's name.
     */
    List<Form> render(List<Stored> stored, String processDefinitionId, Map<String, String> names) {
        Map<String, Labels> labels = labelsOf(processDefinitionId);
        Map<String, List<Stored>> byCode = new LinkedHashMap<>();
        stored.stream().sorted((a, b) -> a.submittedAt().compareTo(b.submittedAt()))
                .forEach(s -> byCode.computeIfAbsent(s.formCode(), code -> new ArrayList<>()));
        stored.forEach(s -> byCode.get(s.formCode()).add(s));
        List<Form> forms = new ArrayList<>();
        byCode.forEach((code, versions) -> {
            Labels l = labels.getOrDefault(code, new Labels(code, code, Map.of(), Map.of(), Set.of()));
            versions.sort((a, b) -> Integer.compare(a.version(), b.version()));
            List<Version> rendered = new ArrayList<>();
            Map<String, Field> before = null;
            for (Stored s : versions) {
                Map<String, Object> data = parse(s.data());
                List<Field> fields = fields(l, data);
                List<List<Field>> rows = l.rowsKey() == null ? List.of() : rows(l, data.get(l.rowsKey()));
                Map<String, Field> flat = flatten(fields, rows);
                rendered.add(new Version(s.version(), s.submittedBy(), s.submittedBy() == null ? null
                        : names.getOrDefault(s.submittedBy(), s.submittedBy()), s.submittedAt(), fields, rows,
                        before == null ? List.of() : changes(before, flat)));
                before = flat;
            }
            java.util.Collections.reverse(rendered);
            forms.add(new Form(code, l.title(), List.copyOf(rendered)));
        });
        return forms;
    }

    /** The labels of a form code in the deployment of {@code processDefinitionId}, or none. */
    Labels labels(String processDefinitionId, String formCode) {
        return labelsOf(processDefinitionId).get(formCode);
    }

    private List<Field> fields(Labels l, Map<String, Object> data) {
        Set<String> keys = new LinkedHashSet<>(l.labels().keySet());
        keys.addAll(data.keySet());
        keys.remove(l.rowsKey());
        List<Field> fields = new ArrayList<>();
        for (String key : keys) {
            if (data.containsKey(key)) {
                fields.add(new Field(key, l.labels().getOrDefault(key, COMPUTED.getOrDefault(key, key)),
                        value(l, key, data.get(key))));
            }
        }
        return fields;
    }

    /** The rows of a form of rows: the cells any row has, in the labels' order (a plan of before issue 12 has its own). */
    private List<List<Field>> rows(Labels l, Object rows) {
        if (!(rows instanceof List<?> list)) {
            return List.of();
        }
        Set<String> cells = new LinkedHashSet<>();
        for (String key : l.rowLabels().keySet()) {
            if (list.stream().anyMatch(row -> row instanceof Map<?, ?> m && m.containsKey(key))) {
                cells.add(key);
            }
        }
        List<List<Field>> table = new ArrayList<>();
        for (Object row : list) {
            Map<?, ?> values = row instanceof Map<?, ?> m ? m : Map.of();
            List<Field> fields = new ArrayList<>();
            for (String key : cells) {
                fields.add(new Field(key, l.rowLabels().get(key), value(l, key, values.get(key))));
            }
            table.add(fields);
        }
        return table;
    }

    /** The fields and the rows' cells by one key each ("rows[0].activity"), for comparing versions. */
    private static Map<String, Field> flatten(List<Field> fields, List<List<Field>> rows) {
        Map<String, Field> flat = new LinkedHashMap<>();
        fields.forEach(f -> flat.put(f.key(), f));
        for (int i = 0; i < rows.size(); i++) {
            for (Field cell : rows.get(i)) {
                String label = "กิจกรรมที่ " + (i + 1) + ": " + cell.label();
                flat.put("rows[" + i + "]." + cell.key(), new Field(cell.key(), label, cell.value()));
            }
        }
        return flat;
    }

    private static List<Change> changes(Map<String, Field> before, Map<String, Field> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<Change> changes = new ArrayList<>();
        for (String key : keys) {
            Field was = before.get(key);
            Field is = after.get(key);
            String old = was == null ? "-" : was.value();
            String now = is == null ? "-" : is.value();
            if (!old.equals(now)) {
                changes.add(new Change((is != null ? is : was).label(), old, now));
            }
        }
        return changes;
    }

    /** A value as text: a choice by its label, a date in the Buddhist Era, yes/no, lists joined. */
    private String value(Labels l, String key, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return "-";
        }
        if (value instanceof Boolean b) {
            return b ? "ใช่" : "ไม่ใช่";
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(v -> value(l, key, v)).toList());
        }
        if (value instanceof Map<?, ?> person && person.containsKey("name")) {
            // a member of the plan's working team (name, role), a site visitor (name, position), an
            // honoured person or team (name, kind, what they did)
            Object what = person.get("role") != null ? person.get("role") : person.get("position") != null
                    ? person.get("position") : CaseForms.HONOUREE_KINDS.get(String.valueOf(person.get("kind")));
            Object deed = person.get("deed");
            return person.get("name") + (what == null ? "" : " (" + what + ")") + (deed == null ? "" : ": " + deed);
        }
        if (l.months().contains(key)) {
            try {
                return ThaiDates.month(YearMonth.parse(value.toString()));
            } catch (DateTimeParseException e) {
                return value.toString();
            }
        }
        if (REGISTRATION.equals(l.formCode())) {
            if ("organisationType".equals(key)) {
                return ThaiNames.of(OrganisationType.class, value);
            }
            if ("provinceCode".equals(key)) {
                return provinces.findByCode(value.toString()).map(Province::nameTh).orElse(value.toString());
            }
        }
        if (l.dates().contains(key)) {
            try {
                return ThaiDates.longDate(LocalDate.parse(value.toString()));
            } catch (DateTimeParseException e) {
                return value.toString();
            }
        }
        return l.choice(key, value);
    }

    private Map<String, Labels> labelsOf(String processDefinitionId) {
        if (processDefinitionId == null) {
            return Map.of(REGISTRATION, registration());
        }
        return byDefinition.computeIfAbsent(processDefinitionId, this::read);
    }

    private static Labels registration() {
        return new Labels(REGISTRATION, FormCode.INTENT.label(), RegistrationForm.LABELS, Map.of(), Set.of());
    }

    /** The labels of every task's form in the definition's deployment, by the form code it is stored under. */
    private Map<String, Labels> read(String processDefinitionId) {
        Map<String, Labels> labels = new HashMap<>();
        labels.put(REGISTRATION, registration());
        String deployment = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        Map<String, JsonNode> forms = new HashMap<>();
        for (String resource : repository.getDeploymentResourceNames(deployment)) {
            if (resource.endsWith(".form")) {
                JsonNode form = json(repository.getResourceAsStream(deployment, resource));
                forms.put(form.path("id").asText(), form);
            }
        }
        for (UserTask task : repository.getBpmnModelInstance(processDefinitionId).getModelElementsByType(UserTask.class)) {
            CaseForms.Spec spec = CaseForms.BY_TASK.get(task.getId());
            JsonNode form = forms.get(task.getCamundaFormRef());
            // a form a revision reopens (revisePlan) keeps the title of the step that first sent it
            if (spec != null && form != null && !labels.containsKey(spec.formCode())) {
                labels.put(spec.formCode(), labelsOf(spec.formCode(), task.getName(), form));
            }
        }
        return Map.copyOf(labels);
    }

    private static Labels labelsOf(String formCode, String title, JsonNode form) {
        switch (formCode) {
            case "O04" -> {
                Map<String, String> virtues = ThaiNames.all(Virtue.class);
                return new Labels(formCode, title, PlanForms.PLAN_LABELS, Map.of("virtues", virtues, "virtue", virtues),
                        Set.of(), PlanForms.PLAN_ROW_LABELS, PlanForms.PLAN_ROWS, PlanForms.MONTHS);
            }
            case "PROGRESS" -> {
                return new Labels(formCode, title, PlanForms.PROGRESS_LABELS, Map.of("status", PlanForms.STATUSES),
                        Set.of(), PlanForms.PROGRESS_ROW_LABELS, PlanForms.PROGRESS_ROWS, Set.of());
            }
            default -> {
                // the labels of the task's own Camunda Form
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Map<String, String>> choices = new HashMap<>();
        Set<String> dates = new HashSet<>();
        walk(form.path("components"), labels, choices, dates);
        return new Labels(formCode, title, labels, choices, dates);
    }

    private static void walk(JsonNode components, Map<String, String> labels, Map<String, Map<String, String>> choices,
            Set<String> dates) {
        for (JsonNode c : components) {
            String key = c.path("key").asText(null);
            if (key != null) {
                labels.put(key, labelOf(c));
                if ("datetime".equals(c.path("type").asText())) {
                    dates.add(key);
                }
                Map<String, String> values = new LinkedHashMap<>();
                c.path("values").forEach(v -> values.put(v.path("value").asText(), v.path("label").asText()));
                if (!values.isEmpty()) {
                    choices.put(key, values);
                }
            }
            walk(c.path("components"), labels, choices, dates);
        }
    }

    private static String labelOf(JsonNode component) {
        return Objects.requireNonNullElse(component.path("label").asText(null),
                component.path("dateLabel").asText(component.path("key").asText()));
    }

    private static JsonNode json(InputStream in) {
        try (in) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> parse(String data) {
        try {
            return JSON.readValue(data, new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("a stored form that is no JSON", e);
        }
    }
}
