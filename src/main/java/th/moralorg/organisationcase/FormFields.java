package th.moralorg.organisationcase;

import java.util.List;
import java.util.Map;
import java.util.Set;

import th.moralorg.validation.FieldErrors;

/**
 * Reads untyped form input (JSON or process variables, whatever the browser sent) field by
 * field, collecting a Thai message for each bad field instead of failing on the first; the checks
 * themselves are the shared {@link FieldErrors}.
 */
final class FormFields {

    private final Map<String, ?> input;
    private final FieldErrors errors = new FieldErrors();

    FormFields(Map<String, ?> input) {
        this.input = input == null ? Map.of() : input;
    }

    Map<String, String> errors() {
        return errors.asMap();
    }

    boolean valid() {
        return errors.isEmpty();
    }

    String text(String field, String label, int maxLength) {
        return errors.text(field, input.get(field), label, maxLength, true);
    }

    String optionalText(String field, String label, int maxLength) {
        return errors.text(field, input.get(field), label, maxLength, false);
    }

    Integer integer(String field, String label, int min, int max) {
        return errors.number(field, input.get(field), label, min, max);
    }

    String choice(String field, String label, Set<String> allowed) {
        return errors.choice(field, input.get(field), label, allowed);
    }

    boolean isTrue(String field, String message) {
        return errors.ticked(field, input.get(field), message);
    }

    String email(String field, String label) {
        return errors.email(field, input.get(field), label);
    }

    String phone(String field, String label) {
        return errors.phone(field, input.get(field), label);
    }

    List<?> list(String field, String label, int minSize, int maxSize) {
        return errors.list(field, input.get(field), label, minSize, maxSize);
    }

    /** An ISO date (yyyy-MM-dd), as Camunda Forms' date field sends it. */
    String date(String field, String label) {
        java.time.LocalDate date = errors.date(field, input.get(field), label);
        return date == null ? null : date.toString();
    }

    /** A month as a person types it (10/2569) or ISO (2026-10), {@link FieldErrors#month}. */
    java.time.YearMonth month(String field, String label) {
        return errors.month(field, input.get(field), label);
    }

    List<String> choices(String field, String label, Set<String> allowed) {
        return errors.choices(field, input.get(field), label, allowed);
    }

    boolean has(String field) {
        return input.containsKey(field);
    }

    Object raw(String field) {
        return input.get(field);
    }

    void error(String field, String message) {
        errors.add(field, message);
    }
}
