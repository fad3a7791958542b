package th.moralorg.reference;

import java.time.LocalDate;
import java.time.Month;

import th.moralorg.validation.FieldErrors;

/**
 * The Thai government fiscal year: 1 October to 30 September, named by the Buddhist-Era year in
 * which it ends (fiscal year 2569 runs from 1 Oct 2025 to 30 Sep 2026).
 */
public record FiscalYear(int buddhistYear) implements Comparable<FiscalYear> {

    /** Buddhist Era = Common Era + 543. */
    public static final int BUDDHIST_ERA_OFFSET = 543;

    public FiscalYear {
        if (buddhistYear < 2500 || buddhistYear > 2700) {
            throw new IllegalArgumentException("ปีงบประมาณไม่ถูกต้อง: " + buddhistYear);
        }
    }

    /** A fiscal year (Buddhist Era) as a form or a request sends it, or a Thai message under {@code field}. */
    public static Integer read(String field, Object value, FieldErrors errors) {
        return errors.number(field, value, "ปีงบประมาณ (พ.ศ.)", 2500, 2700);
    }

    public static FiscalYear containing(LocalDate date) {
        int endYear = date.getMonthValue() >= Month.OCTOBER.getValue() ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(endYear + BUDDHIST_ERA_OFFSET);
    }

    public LocalDate firstDay() {
        return LocalDate.of(buddhistYear - BUDDHIST_ERA_OFFSET - 1, Month.OCTOBER, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(buddhistYear - BUDDHIST_ERA_OFFSET, Month.SEPTEMBER, 30);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    public FiscalYear next() {
        return new FiscalYear(buddhistYear + 1);
    }

    /** As people read it, e.g. "ปีงบประมาณ พ.ศ. 2569". */
    public String label() {
        return "ปีงบประมาณ พ.ศ. " + buddhistYear;
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(buddhistYear, other.buddhistYear);
    }

    @Override
    public String toString() {
        return Integer.toString(buddhistYear);
    }
}
