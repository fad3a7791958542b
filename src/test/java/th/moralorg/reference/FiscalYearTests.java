package th.moralorg.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class FiscalYearTests {

    @Test
    void fiscalYearTurnsOnTheFirstOfOctober() {
        assertThat(FiscalYear.containing(LocalDate.of(2025, 9, 30))).isEqualTo(new FiscalYear(2568));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 10, 1))).isEqualTo(new FiscalYear(2569));
        assertThat(FiscalYear.containing(LocalDate.of(2025, 12, 31))).isEqualTo(new FiscalYear(2569));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 1, 1))).isEqualTo(new FiscalYear(2569));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 9, 30))).isEqualTo(new FiscalYear(2569));
        assertThat(FiscalYear.containing(LocalDate.of(2026, 10, 1))).isEqualTo(new FiscalYear(2570));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        FiscalYear year = new FiscalYear(2569);

        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(year.contains(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(year.contains(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 9, 30))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(year.next()).isEqualTo(new FiscalYear(2570));
        assertThat(year.label()).isEqualTo("ปีงบประมาณ พ.ศ. 2569");
    }

    @Test
    void leapDayBelongsToTheFiscalYearThatEndsThatSeptember() {
        assertThat(FiscalYear.containing(LocalDate.of(2028, 2, 29))).isEqualTo(new FiscalYear(2571));
    }

    @Test
    void refusesAYearGivenInTheCommonEra() {
        assertThatThrownBy(() -> new FiscalYear(2026)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ปีงบประมาณ");
    }

    @Test
    void showsDatesInTheBuddhistEra() {
        assertThat(ThaiDates.longDate(LocalDate.of(2026, 2, 23))).isEqualTo("23 กุมภาพันธ์ พ.ศ. 2569");
        assertThat(ThaiDates.longDate(LocalDate.of(2025, 10, 1))).isEqualTo("1 ตุลาคม พ.ศ. 2568");
    }
}
