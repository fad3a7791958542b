package th.moralorg.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as Thai people type them (issue 12 item 6; docs/architecture.md "Dates people type"). */
public final class TypedDates {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    /**
     * Day, month (a number, the Thai name or its abbreviation) and a four-digit year, as a Thai person
     * writes a date: "1/12/2569", "1-12-2569", "1 ธ.ค. 2569", "1 ธันวาคม พ.ศ. 2569".
     */
    private static final Pattern TYPED = Pattern.compile(
            "(\\d{1,2})\\s*[/.\\-\\s]\\s*(\\d{1,2}|[\\u0E00-\\u0E7F.]+?)\\s*[/.\\-\\s]\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4})");
    /** A month and a four-digit year, as a Thai person writes it: "10/2569", "ต.ค. 2569", "ตุลาคม พ.ศ. 2569". */
    private static final Pattern TYPED_MONTH = Pattern.compile(
            "(\\d{1,2}|[\\u0E00-\\u0E7F.]+?)\\s*[/.\\-\\s]\\s*(?:พ\\.?\\s*ศ\\.?\\s*)?(\\d{4})");
    /** The years of the Buddhist Era a typed date may have: 2543–2643 (2000–2100 CE). */
    private static final int FIRST_YEAR = 2543;
    private static final int LAST_YEAR = 2643;
    private static final int ERA_OFFSET = 543;

    private TypedDates() {
    }

    /** What a date typed by a person reads as. */
    public sealed interface Typed {
        /** A date of 2543–2643 BE, as the ISO (Common-Era) date it is stored as. */
        record Read(LocalDate date) implements Typed {
        }

        /**
         * A year of 2000–2100: the Common Era typed by habit, most likely. Never shifted silently; the
         * person is asked to confirm it in พ.ศ. ({@code buddhistYear}).
         */
        record CommonEraYear(int year, int buddhistYear, String asTyped) implements Typed {
        }

        /** Not a date of the form, or no such day (31/2/2569). */
        record Unreadable() implements Typed {
        }
    }

    /**
     * Reads a date as a Thai person types it (Thai or Arabic digits), {@code null} for text that is not
     * in that form at all.
     */
    public static Typed readTyped(String text) {
        Matcher m = TYPED.matcher(asciiDigits(text));
        if (!m.matches()) {
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        Integer month = month(m.group(2));
        int year = Integer.parseInt(m.group(3));
        if (month == null) {
            return new Typed.Unreadable();
        }
        if (year >= FIRST_YEAR - ERA_OFFSET && year <= LAST_YEAR - ERA_OFFSET) {
            return new Typed.CommonEraYear(year, year + ERA_OFFSET, day + "/" + month + "/" + (year + ERA_OFFSET));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Typed.Unreadable();
        }
        try {
            return new Typed.Read(LocalDate.of(year - ERA_OFFSET, month, day));
        } catch (DateTimeException e) {
            return new Typed.Unreadable();
        }
    }

    /**
     * Reads a month as a Thai person types it, as {@link #readTyped} reads a day: {@code Read} holds the
     * month's first day; {@code null} for text that is not in that form at all (an ISO {@code 2026-10}).
     */
    public static Typed readTypedMonth(String text) {
        Matcher m = TYPED_MONTH.matcher(asciiDigits(text));
        if (!m.matches()) {
            return null;
        }
        Integer month = month(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (month == null) {
            return new Typed.Unreadable();
        }
        if (year >= FIRST_YEAR - ERA_OFFSET && year <= LAST_YEAR - ERA_OFFSET) {
            return new Typed.CommonEraYear(year, year + ERA_OFFSET, month + "/" + (year + ERA_OFFSET));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return new Typed.Unreadable();
        }
        return new Typed.Read(LocalDate.of(year - ERA_OFFSET, month, 1));
    }

    private static String asciiDigits(String text) {
        StringBuilder ascii = new StringBuilder(text.strip());
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                ascii.setCharAt(i, (char) ('0' + (c - '\u0E50')));
            }
        }
        return ascii.toString();
    }

    private static Integer month(String token) {
        if (token.chars().allMatch(Character::isDigit)) {
            int month = Integer.parseInt(token);
            return month >= 1 && month <= 12 ? month : null;
        }
        String bare = token.replace(".", "");
        for (Month month : Month.values()) {
            if (bare.equals(month.getDisplayName(TextStyle.FULL, THAI))
                    || bare.equals(month.getDisplayName(TextStyle.SHORT, THAI).replace(".", ""))) {
                return month.getValue();
            }
        }
        return null;
    }
}
