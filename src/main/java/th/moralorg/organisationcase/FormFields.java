package th.moralorg.organisationcase;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads untyped form input (JSON or process variables, whatever the browser sent) field by
 * field, collecting a Thai message for each bad field instead of failing on the first.
 */
final class FormFields {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{7,18}[0-9]$");

    private final Map<String, ?> input;
    private final Map<String, String> errors = new LinkedHashMap<>();

    FormFields(Map<String, ?> input) {
        this.input = input == null ? Map.of() : input;
    }

    Map<String, String> errors() {
        return errors;
    }

    boolean valid() {
        return errors.isEmpty();
    }

    String text(String field, String label, int maxLength) {
        Object value = input.get(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.put(field, "กรุณากรอก" + label);
            return null;
        }
        if (!(value instanceof String s)) {
            errors.put(field, label + " ต้องเป็นข้อความ");
            return null;
        }
        String text = s.strip();
        if (text.length() > maxLength) {
            errors.put(field, label + " ยาวเกิน " + maxLength + " ตัวอักษร");
            return null;
        }
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            errors.put(field, label + " มีอักขระที่ไม่อนุญาต");
            return null;
        }
        return text;
    }

    String optionalText(String field, String label, int maxLength) {
        Object value = input.get(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        return text(field, label, maxLength);
    }

    Integer integer(String field, String label, int min, int max) {
        Object value = input.get(field);
        Long number = null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,10}")) {
            number = Long.parseLong(s.strip());
        }
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.put(field, "กรุณากรอก" + label);
            return null;
        }
        if (number == null) {
            errors.put(field, label + " ต้องเป็นจำนวนเต็ม");
            return null;
        }
        if (number < min || number > max) {
            errors.put(field, label + " ต้องอยู่ระหว่าง " + min + " ถึง " + max);
            return null;
        }
        return number.intValue();
    }

    String choice(String field, String label, Set<String> allowed) {
        Object value = input.get(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            errors.put(field, "กรุณาเลือก" + label);
            return null;
        }
        if (!(value instanceof String s) || !allowed.contains(s)) {
            errors.put(field, label + " ไม่ใช่ตัวเลือกที่มีให้");
            return null;
        }
        return s;
    }

    boolean isTrue(String field, String message) {
        Object value = input.get(field);
        boolean yes = Boolean.TRUE.equals(value) || "true".equals(value);
        if (!yes) {
            errors.put(field, message);
        }
        return yes;
    }

    String email(String field, String label) {
        String text = text(field, label, 254);
        if (text != null && !EMAIL.matcher(text).matches()) {
            errors.put(field, label + " ไม่ใช่อีเมลที่ถูกต้อง");
            return null;
        }
        return text == null ? null : text.toLowerCase(java.util.Locale.ROOT);
    }

    String phone(String field, String label) {
        String text = text(field, label, 30);
        if (text != null && !PHONE.matcher(text).matches()) {
            errors.put(field, label + " ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง");
            return null;
        }
        return text;
    }

    List<?> list(String field, String label, int minSize, int maxSize) {
        Object value = input.get(field);
        if (!(value instanceof List<?> rows) || rows.size() < minSize) {
            errors.put(field, "กรุณากรอก" + label + " อย่างน้อย " + minSize + " รายการ");
            return List.of();
        }
        if (rows.size() > maxSize) {
            errors.put(field, label + " ต้องไม่เกิน " + maxSize + " รายการ");
            return List.of();
        }
        return rows;
    }

    /** An ISO date (yyyy-MM-dd), as Camunda Forms' date field sends it. */
    String date(String field, String label) {
        String text = text(field, label, 30);
        if (text == null) {
            return null;
        }
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                errors.put(field, label + " ต้องเป็นปีคริสต์ศักราช 2000–2100 (ระบบแสดงเป็น พ.ศ. ให้เอง)");
                return null;
            }
            return date.toString();
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, label + " ไม่ใช่วันที่ที่ถูกต้อง");
            return null;
        }
    }

    /** Several choices (a checklist), at least one. */
    List<String> choices(String field, String label, Set<String> allowed) {
        Object value = input.get(field);
        if (!(value instanceof List<?> picked) || picked.isEmpty()) {
            errors.put(field, "กรุณาเลือก" + label + " อย่างน้อย 1 ข้อ");
            return null;
        }
        if (!picked.stream().allMatch(allowed::contains)) {
            errors.put(field, label + " มีตัวเลือกที่ไม่มีให้");
            return null;
        }
        return picked.stream().map(String::valueOf).distinct().toList();
    }

    boolean has(String field) {
        return input.containsKey(field);
    }

    Object raw(String field) {
        return input.get(field);
    }

    void error(String field, String message) {
        errors.put(field, message);
    }
}
