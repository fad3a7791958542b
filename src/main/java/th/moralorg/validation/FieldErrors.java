package th.moralorg.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects a Thai message per invalid field, then refuses the whole submission at once with
 * {@link FormValidationException}: our REST API answers it with 400 and the message per field
 * (errors.ApiProblemHandler), a task listener's refusal rolls the step back (nothing is saved either way).
 */
public final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{7,18}[0-9]$");

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

    /**
     * A text of at most maxLength characters, without control characters but line breaks and tabs;
     * returns it trimmed, or null when missing or invalid (an error only when required).
     */
    public String text(String field, Object value, String label, int maxLength, boolean required) {
        if (isBlank(value)) {
            if (required) {
                add(field, "กรุณากรอก" + label);
            }
            return null;
        }
        if (!(value instanceof String || value instanceof Number)) {
            add(field, label + " ต้องเป็นข้อความ");
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > maxLength) {
            add(field, label + " ยาวเกิน " + maxLength + " ตัวอักษร");
            return null;
        }
        if (text.chars().anyMatch(FieldErrors::notAllowedInText)) {
            add(field, label + " มีอักขระที่ไม่อนุญาต");
            return null;
        }
        return text;
    }

    /**
     * Control characters but line breaks and tabs, and the bidirectional embeddings, overrides and
     * isolates, which make a stored name read differently from what it holds.
     */
    private static boolean notAllowedInText(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    /** A required whole number within [min, max]; returns it, or null when invalid. */
    public Integer number(String field, Object value, String label, int min, int max) {
        if (isBlank(value)) {
            add(field, "กรุณากรอก" + label);
            return null;
        }
        Long number = null;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                && Math.abs(n.doubleValue()) < 1e12) {
            number = n.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,10}")) {
            number = Long.parseLong(s.strip());
        }
        if (number == null) {
            add(field, label + " ต้องเป็นจำนวนเต็ม");
            return null;
        }
        if (number < min || number > max) {
            add(field, label + " ต้องอยู่ระหว่าง " + min + " ถึง " + max);
            return null;
        }
        return number.intValue();
    }

    /**
     * A required date, returned as the (Common-Era) date it is stored as, or null: typed by a person as
     * day/month/Buddhist-Era year ({@link TypedDates#readTyped}; a year of 2000–2100 there is the
     * Common Era typed by habit and is refused with its พ.ศ. reading, never shifted silently), or an ISO
     * date (yyyy-MM-dd) of 2000–2100 as API clients and date pickers send it.
     */
    public LocalDate date(String field, Object value, String label) {
        if (isBlank(value)) {
            add(field, "กรุณาระบุ" + label);
            return null;
        }
        if (value instanceof java.util.Date d) {
            return inRange(field, d.toInstant().atZone(ZoneId.of("Asia/Bangkok")).toLocalDate(), label);
        }
        String text = value.toString().strip();
        TypedDates.Typed typed = TypedDates.readTyped(text);
        if (typed instanceof TypedDates.Typed.Read read) {
            return read.date();
        }
        if (typed instanceof TypedDates.Typed.CommonEraYear ce) {
            add(field, label + ": ปี " + ce.year() + " เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. " + ce.buddhistYear()
                    + " กรุณากรอกปีเป็น พ.ศ. เช่น " + ce.asTyped());
            return null;
        }
        if (typed == null) {
            // an API client's or a date picker's ISO date (Common Era)
            try {
                return inRange(field, LocalDate.parse(text.substring(0, Math.min(10, text.length()))), label);
            } catch (DateTimeParseException e) {
                // told below, as for a typed date that is no day
            }
        }
        add(field, label + " ไม่ใช่วันที่ที่ถูกต้อง: กรอก วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569");
        return null;
    }

    /**
     * A required month, returned as the (Common-Era) month it is stored as, or null: typed by a person as
     * month/Buddhist-Era year ({@link TypedDates#readTypedMonth}: "10/2569", "ต.ค. 2569"; a year of
     * 2000–2100 there is refused with its พ.ศ. reading, as in {@link #date}), or ISO (yyyy-MM) from API clients.
     */
    public YearMonth month(String field, Object value, String label) {
        if (isBlank(value)) {
            add(field, "กรุณาระบุ" + label);
            return null;
        }
        String text = value.toString().strip();
        TypedDates.Typed typed = TypedDates.readTypedMonth(text);
        if (typed instanceof TypedDates.Typed.Read read) {
            return YearMonth.from(read.date());
        }
        if (typed instanceof TypedDates.Typed.CommonEraYear ce) {
            add(field, label + ": ปี " + ce.year() + " เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. " + ce.buddhistYear()
                    + " กรุณากรอกปีเป็น พ.ศ. เช่น " + ce.asTyped());
            return null;
        }
        if (typed == null && text.matches("\\d{4}-\\d{2}")) {
            try {
                YearMonth month = YearMonth.parse(text);
                if (month.getYear() >= 2000 && month.getYear() <= 2100) {
                    return month;
                }
            } catch (DateTimeParseException e) {
                // told below
            }
        }
        add(field, label + " ไม่ใช่เดือนที่ถูกต้อง: กรอก เดือน/ปี พ.ศ. เช่น 10/2569");
        return null;
    }

    private LocalDate inRange(String field, LocalDate date, String label) {
        if (date.getYear() < 2000 || date.getYear() > 2100) {
            add(field, label + " ต้องเป็นปีคริสต์ศักราช 2000–2100 ในรูปแบบ ปปปป-ดด-วว หรือกรอก วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569");
            return null;
        }
        return date;
    }

    /** One of the allowed choices, required. */
    public String choice(String field, Object value, String label, Set<String> allowed) {
        if (isBlank(value)) {
            add(field, "กรุณาเลือก" + label);
            return null;
        }
        if (!(value instanceof String s) || !allowed.contains(s)) {
            add(field, label + " ไม่ใช่ตัวเลือกที่มีให้");
            return null;
        }
        return s;
    }

    /** Several of the allowed choices (a checklist), at least one; returns them without repeats. */
    public List<String> choices(String field, Object value, String label, Set<String> allowed) {
        if (!(value instanceof List<?> picked) || picked.isEmpty()) {
            add(field, "กรุณาเลือก" + label + " อย่างน้อย 1 ข้อ");
            return null;
        }
        if (!picked.stream().allMatch(allowed::contains)) {
            add(field, label + " มีตัวเลือกที่ไม่มีให้");
            return null;
        }
        return picked.stream().map(String::valueOf).distinct().toList();
    }

    /** A required e-mail address; returns it in lower case. */
    public String email(String field, Object value, String label) {
        String text = text(field, value, label, 254, true);
        if (text != null && !EMAIL.matcher(text).matches()) {
            add(field, label + " ไม่ใช่อีเมลที่ถูกต้อง");
            return null;
        }
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    /** A required phone number (digits, spaces, dashes, an optional leading +). */
    public String phone(String field, Object value, String label) {
        String text = text(field, value, label, 30, true);
        if (text != null && !PHONE.matcher(text).matches()) {
            add(field, label + " ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง");
            return null;
        }
        return text;
    }

    /** A list of minSize to maxSize rows; an empty list when invalid. */
    public List<?> list(String field, Object value, String label, int minSize, int maxSize) {
        if (!(value instanceof List<?> rows) || rows.size() < minSize) {
            add(field, "กรุณากรอก" + label + " อย่างน้อย " + minSize + " รายการ");
            return List.of();
        }
        if (rows.size() > maxSize) {
            add(field, label + " ต้องไม่เกิน " + maxSize + " รายการ");
            return List.of();
        }
        return rows;
    }

    /** A box that must be ticked (consent, confirmation). */
    public boolean ticked(String field, Object value, String message) {
        boolean yes = isTrue(value);
        if (!yes) {
            add(field, message);
        }
        return yes;
    }

    /** Nothing, or nothing anyone can see: blanks and invisible format characters (zero-width space, joiner, BOM). */
    private static boolean isBlank(Object value) {
        return value == null || value instanceof String s
                && s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || Character.getType(c) == Character.FORMAT);
    }

    /** True only when the value is Boolean.TRUE or "true". */
    public static boolean isTrue(Object value) {
        return Boolean.TRUE.equals(value) || "true".equalsIgnoreCase(String.valueOf(value));
    }

    /** Refuses the REST request when any field is invalid: the same refusal, named for a controller. */
    public void throwIfInvalid() {
        rejectSubmissionIfInvalid();
    }

    /** Refuses the task completion when any field is invalid (the transaction rolls back). */
    public void rejectSubmissionIfInvalid() {
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
    }

    public Map<String, String> asMap() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    @Override
    public String toString() {
        return errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
    }
}
