package th.moralorg.national;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import th.moralorg.validation.FieldErrors;

/** Case numbers typed into a form field, one per line or separated by commas. */
final class CaseNumberList {

    private CaseNumberList() {
    }

    /** The distinct case numbers of the field; each must belong to the report, else a Thai field error. */
    static List<String> parse(FieldErrors errors, String field, Object value, Set<String> reported) {
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        List<String> numbers = Arrays.stream(value.toString().split("[\\s,;]+"))
                .map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
        List<String> unknown = numbers.stream().filter(n -> !reported.contains(n)).toList();
        if (!unknown.isEmpty()) {
            errors.add(field, "เลขที่เรื่องต่อไปนี้ไม่อยู่ในรายงานนี้: " + String.join(", ", unknown));
        }
        return numbers;
    }
}
