package th.moralorg.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.ThaiDates;

/**
 * Dates and fiscal years in mail templates, as Thai people read them (Buddhist Era): templates
 * call it as {@code ${thai.date(dueDate)}}, {@code ${thai.dateTime(createdAt)}} and
 * {@code ${thai.fiscalYear(fiscalYear)}}. Accepts what process variables hold; "-" for nothing.
 */
public final class ThaiFormat {

    private final ZoneId zone;

    ThaiFormat(ZoneId zone) {
        this.zone = zone;
    }

    /** e.g. "23 กุมภาพันธ์ พ.ศ. 2569". */
    public String date(Object value) {
        ZonedDateTime at = toZoned(value);
        return at == null ? "-" : ThaiDates.longDate(at.toLocalDate());
    }

    /** e.g. "23 กุมภาพันธ์ พ.ศ. 2569 เวลา 14:30 น.". */
    public String dateTime(Object value) {
        ZonedDateTime at = toZoned(value);
        return at == null ? "-" : ThaiDates.dateTime(at);
    }

    /** e.g. "ปีงบประมาณ พ.ศ. 2569", from 2569 or "2569"; "-" for nothing. */
    public String fiscalYear(Object value) {
        if (value == null || value.toString().isBlank()) {
            return "-";
        }
        if (value instanceof FiscalYear year) {
            return year.label();
        }
        try {
            return new FiscalYear(Integer.parseInt(value.toString().trim())).label();
        } catch (IllegalArgumentException e) {
            return value.toString();
        }
    }

    private ZonedDateTime toZoned(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone);
        }
        if (value instanceof Instant i) {
            return i.atZone(zone);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone);
        }
        if (value instanceof LocalDateTime l) {
            return l.atZone(zone);
        }
        if (value instanceof LocalDate l) {
            return l.atStartOfDay(zone);
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(zone) : OffsetDateTime.parse(s).atZoneSameInstant(zone);
            } catch (RuntimeException e) {
                return null;
            }
        }
        return null;
    }
}
