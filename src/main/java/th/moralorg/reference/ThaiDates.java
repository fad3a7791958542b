package th.moralorg.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Thai people read them: stored in ISO/CE, shown in the Buddhist Era. */
public final class ThaiDates {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM G yyyy", THAI);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM G yyyy", THAI);

    private ThaiDates() {
    }


    /** For example 2026-02-23 becomes "23 กุมภาพันธ์ พ.ศ. 2569". */
    public static String longDate(LocalDate date) {
        return LONG.format(ThaiBuddhistDate.from(date));
    }

    /** The day of an instant in {@code zone}, as {@link #longDate(LocalDate)}; "-" for none. */
    public static String longDate(Instant at, ZoneId zone) {
        return at == null ? "-" : longDate(at.atZone(zone).toLocalDate());
    }

    /** For example 2026-02-03 becomes "03/02/2569": day, month, Buddhist-Era year, as Thai tables and files write them. */
    public static String numericDate(LocalDate date) {
        return NUMERIC.format(ThaiBuddhistDate.from(date));
    }

    /** For example 2026-02 becomes "กุมภาพันธ์ พ.ศ. 2569". */
    public static String month(YearMonth month) {
        return MONTH.format(ThaiBuddhistDate.from(month.atDay(1)));
    }

    /** For example "23 กุมภาพันธ์ พ.ศ. 2569 เวลา 14:30 น.". */
    public static String dateTime(ZonedDateTime at) {
        return longDate(at.toLocalDate()) + " เวลา " + TIME.format(at) + " น.";
    }

    /** The same for an instant, in {@code zone}; "-" for none. */
    public static String dateTime(Instant at, ZoneId zone) {
        return at == null ? "-" : dateTime(at.atZone(zone));
    }
}
