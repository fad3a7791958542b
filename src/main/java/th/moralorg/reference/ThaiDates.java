package th.moralorg.reference;

import java.time.LocalDate;
import java.time.chrono.ThaiBuddhistDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Thai people read them: stored in ISO/CE, shown in the Buddhist Era. */
public final class ThaiDates {

    private static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM G yyyy", THAI);

    private ThaiDates() {
    }

    /** For example 2026-02-23 becomes "23 กุมภาพันธ์ พ.ศ. 2569". */
    public static String longDate(LocalDate date) {
        return LONG.format(ThaiBuddhistDate.from(date));
    }
}
