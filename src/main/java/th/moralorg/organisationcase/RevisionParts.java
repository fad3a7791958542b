package th.moralorg.organisationcase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.spin.json.SpinJsonNode;

import th.moralorg.reference.FormCode;

/**
 * The parts of the package a reviewer can send back for revision (seed 5.2.1(4), 5.2.2(2)–(3)):
 * the PCO in checkCompleteness, the subcommittee in its ProvincialDecision REVISE. Each marked
 * part carries its own remark; a REVISE that names no part (the variable absent) keeps the
 * earlier meaning, the self-assessment อ.02/อ.03 with the decision's remarks.
 */
enum RevisionParts {
    SELF_ASSESSMENT("O02_O03", "revisionRemarkO02O03", "selfAssess",
            FormCode.SELF_ASSESSMENT.label() + " และ" + FormCode.SUCCESS_ASSESSMENT.label()),
    PLAN("O04", "revisionRemarkO04", "revisePlan", "แผน อ.04"),
    DECLARATION("O05", "revisionRemarkO05", "reviseDeclaration", FormCode.DECLARATION.label()),
    EVIDENCE("EVIDENCE", "revisionRemarkEvidence", "reviseEvidence", "หลักฐานประกอบ");

    /** The variable that lists the marked parts by code, e.g. "O04,O05" (or a list). */
    static final String PARTS = "revisionParts";
    /** The marked parts and their remarks: kept from the decision until the package is checked again. */
    static final List<String> VARIABLES = Stream.concat(Stream.of(PARTS),
            Arrays.stream(values()).map(RevisionParts::remarkKey)).toList();
    static final String EVIDENCE_FORM = "EVIDENCE_REVISION";
    static final Set<String> CODES = Arrays.stream(values()).map(RevisionParts::code).collect(Collectors.toUnmodifiableSet());

    private final String code;
    private final String remarkKey;
    private final String taskKey;
    private final String label;

    RevisionParts(String code, String remarkKey, String taskKey, String label) {
        this.code = code;
        this.remarkKey = remarkKey;
        this.taskKey = taskKey;
        this.label = label;
    }

    String code() {
        return code;
    }

    String remarkKey() {
        return remarkKey;
    }

    /** The form code the part's form is stored under (the evidence: the coordinator's note of what changed). */
    String formCode() {
        return this == EVIDENCE ? EVIDENCE_FORM : code;
    }

    String label() {
        return label;
    }

    static java.util.Optional<RevisionParts> ofTask(String taskKey) {
        return Arrays.stream(values()).filter(p -> p.taskKey.equals(taskKey)).findFirst();
    }

    static RevisionParts ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst().orElseThrow();
    }

    /**
     * Reads the marked parts and their remarks from a reviewer's input: none when {@code revisionParts}
     * was not sent (the earlier meaning); otherwise at least one part and a remark for each, the
     * errors in Thai on {@code f}. Returns the parts' codes joined and each part's remark.
     */
    static Map<String, Object> read(FormFields f) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (f.raw(PARTS) == null) {
            return data;
        }
        List<String> codes = codes(f.raw(PARTS));
        FormFields parts = new FormFields(Map.of(PARTS, codes == null ? f.raw(PARTS) : codes));
        List<String> marked = parts.choices(PARTS, "ส่วนที่ต้องแก้ไข", CODES);
        parts.errors().forEach(f::error);
        if (marked == null) {
            return data;
        }
        List<String> ordered = Arrays.stream(values()).map(RevisionParts::code).filter(marked::contains).toList();
        data.put(PARTS, String.join(",", ordered));
        for (String code : ordered) {
            RevisionParts part = ofCode(code);
            data.put(part.remarkKey, f.text(part.remarkKey, "ข้อสังเกตของส่วน " + part.label, 2000));
        }
        return data;
    }

    /**
     * The parts a revision reopens, from the case's variables: the marked ones, or the
     * self-assessment alone when none were marked (and on the first submission).
     */
    static List<RevisionParts> marked(Map<String, ?> variables) {
        List<String> codes = codes(variables.get(PARTS));
        if (codes == null || codes.isEmpty()) {
            return List.of(SELF_ASSESSMENT);
        }
        return Arrays.stream(values()).filter(p -> codes.contains(p.code)).toList();
    }

    /** A list of codes as the form (a JSON list), an API client (a list) or our variable ("O04,O05") holds it. */
    static List<String> codes(Object raw) {
        if (raw instanceof SpinJsonNode json && json.isArray()) {
            return json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList();
        }
        if (raw instanceof Collection<?> list) {
            List<String> codes = new ArrayList<>();
            list.forEach(v -> codes.add(String.valueOf(v)));
            return codes;
        }
        if (raw instanceof String s) {
            return s.isBlank() ? List.of() : Arrays.stream(s.split(",")).map(String::trim).toList();
        }
        return null;
    }
}
