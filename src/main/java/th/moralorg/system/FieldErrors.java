package th.moralorg.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collects a Thai message per invalid field, then refuses the whole submission at once: as 400 on
 * our REST API, or as {@link FormValidationException} in a task listener (nothing is saved either way).
 */
public final class FieldErrors {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String thaiMessage) {
        errors.merge(field, thaiMessage, (first, next) -> first.contains(next) ? first : first + " และ" + next);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A required text of at most maxLength characters; returns it trimmed, or null when invalid. */
    public String text(String field, Object value, String label, int maxLength, boolean required) {
        String text = value == null ? null : value.toString().trim();
        if (text == null || text.isEmpty()) {
            if (required) {
                add(field, "กรุณากรอก" + label);
            }
            return null;
        }
        if (text.length() > maxLength) {
            add(field, label + "ยาวเกิน " + maxLength + " ตัวอักษร");
            return null;
        }
        return text;
    }

    /** A required whole number within [min, max]; returns it, or null when invalid. */
    public Integer number(String field, Object value, String label, int min, int max) {
        Integer number = null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.intValue();
        } else if (value instanceof String s && s.trim().matches("-?\\d{1,9}")) {
            number = Integer.valueOf(s.trim());
        }
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "กรุณากรอก" + label);
            return null;
        }
        if (number == null) {
            add(field, label + "ต้องเป็นจำนวนเต็ม");
            return null;
        }
        if (number < min || number > max) {
            add(field, label + "ต้องอยู่ระหว่าง " + min + " ถึง " + max);
            return null;
        }
        return number;
    }

    /** A required ISO date (yyyy-MM-dd, as Camunda Forms submit it); returns it, or null. */
    public LocalDate date(String field, Object value, String label) {
        if (value == null || value.toString().isBlank()) {
            add(field, "กรุณาระบุ" + label);
            return null;
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate();
        }
        try {
            return LocalDate.parse(value.toString().trim().substring(0, Math.min(10, value.toString().trim().length())));
        } catch (DateTimeParseException e) {
            add(field, label + "ไม่ใช่วันที่ที่ถูกต้อง (ปปปป-ดด-วว)");
            return null;
        }
    }

    /** True only when the value is Boolean.TRUE or "true". */
    public static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** Refuses the REST request with 400 when any field is invalid. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    /** Refuses the task completion when any field is invalid (the transaction rolls back). */
    public void rejectSubmissionIfInvalid() {
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
    }

    public Map<String, String> asMap() {
        return Map.copyOf(errors);
    }

    @Override
    public String toString() {
        return errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
