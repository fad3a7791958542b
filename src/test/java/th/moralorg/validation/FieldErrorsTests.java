package th.moralorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The server's field checks every form and API shares, fed what a browser or an attacker may send. */
class FieldErrorsTests {

    @Test
    void textsAreTrimmedBoundedAndFreeOfControlCharacters() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.text("a", "  วัดพระสิงห์ \n", "ชื่อ", 20, true)).isEqualTo("วัดพระสิงห์");
        assertThat(errors.text("b", "บรรทัดแรก\nบรรทัดสอง", "รายละเอียด", 50, true)).contains("\n");
        assertThat(errors.text("c", "ก".repeat(21), "ชื่อ", 20, true)).isNull();
        assertThat(errors.text("d", "ซ่อน\u0000ไว้", "ชื่อ", 20, true)).isNull();
        assertThat(errors.text("e", Map.of("$where", "1"), "ชื่อ", 20, true)).isNull();
        assertThat(errors.text("f", " ", "ชื่อ", 20, false)).isNull();
        assertThat(errors.asMap()).containsOnly(Map.entry("c", "ชื่อ ยาวเกิน 20 ตัวอักษร"),
                Map.entry("d", "ชื่อ มีอักขระที่ไม่อนุญาต"), Map.entry("e", "ชื่อ ต้องเป็นข้อความ"));
    }

    @Test
    void numbersAreWholeAndWithinTheirRange() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.number("a", "42", "จำนวน", 0, 100)).isEqualTo(42);
        assertThat(errors.number("b", 42.0, "จำนวน", 0, 100)).isEqualTo(42);
        assertThat(errors.number("c", 4.5, "จำนวน", 0, 100)).isNull();
        assertThat(errors.number("d", "99999999999", "จำนวน", 0, 100)).isNull();
        assertThat(errors.number("e", 1e300, "จำนวน", 0, 100)).isNull();
        assertThat(errors.number("f", "101", "จำนวน", 0, 100)).isNull();
        assertThat(errors.asMap()).containsKeys("c", "d", "e", "f").doesNotContainKeys("a", "b")
                .containsEntry("f", "จำนวน ต้องอยู่ระหว่าง 0 ถึง 100");
    }

    @Test
    void peopleTypeBuddhistEraDatesAndACommonEraYearOfHabitIsAskedAboutNeverShifted() {
        FieldErrors errors = new FieldErrors();
        LocalDate first = LocalDate.of(2026, 12, 1);
        assertThat(errors.date("a", "1/12/2569", "วันที่")).isEqualTo(first);
        assertThat(errors.date("b", " 01-12-2569 ", "วันที่")).isEqualTo(first);
        assertThat(errors.date("c", "1 ธ.ค. 2569", "วันที่")).isEqualTo(first);
        assertThat(errors.date("d", "1 ธันวาคม พ.ศ. 2569", "วันที่")).isEqualTo(first);
        assertThat(errors.date("e", "๑/๑๒/๒๕๖๙", "วันที่")).isEqualTo(first);
        assertThat(errors.date("f", "29/2/2567", "วันที่")).isEqualTo(LocalDate.of(2024, 2, 29));
        // API clients and date pickers: ISO, Common Era
        assertThat(errors.date("g", "2026-11-25", "วันที่")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(errors.date("h", "2026-11-25T00:00:00.000Z", "วันที่")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(errors.asMap()).isEmpty();

        assertThat(errors.date("ce", "1/12/2026", "วันที่ประชุม")).isNull();
        assertThat(errors.date("iso-be", "2569-11-25", "วันที่")).isNull();
        assertThat(errors.date("no-day", "30/2/2569", "วันที่")).isNull();
        assertThat(errors.date("no-month", "1 ธค 2569x", "วันที่")).isNull();
        assertThat(errors.date("far", "1/12/2700", "วันที่")).isNull();
        assertThat(errors.date("blank", null, "วันที่")).isNull();
        assertThat(errors.asMap()).containsOnlyKeys("ce", "iso-be", "no-day", "no-month", "far", "blank")
                .containsEntry("ce", "วันที่ประชุม: ปี 2026 เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. 2569"
                        + " กรุณากรอกปีเป็น พ.ศ. เช่น 1/12/2569")
                .containsEntry("no-day", "วันที่ ไม่ใช่วันที่ที่ถูกต้อง: กรอก วัน/เดือน/ปี พ.ศ. เช่น 1/12/2569")
                .containsEntry("blank", "กรุณาระบุวันที่");
        assertThat(errors.asMap().get("iso-be")).startsWith("วันที่ ต้องเป็นปีคริสต์ศักราช 2000–2100");
    }

    @Test
    void monthsAreTypedInTheBuddhistEraAsDatesAre() {
        FieldErrors errors = new FieldErrors();
        YearMonth october = YearMonth.of(2026, 10);
        assertThat(errors.month("a", "10/2569", "เดือน")).isEqualTo(october);
        assertThat(errors.month("b", "ต.ค. 2569", "เดือน")).isEqualTo(october);
        assertThat(errors.month("c", "ตุลาคม พ.ศ. 2569", "เดือน")).isEqualTo(october);
        assertThat(errors.month("d", "๑๐/๒๕๖๙", "เดือน")).isEqualTo(october);
        // API clients: ISO, Common Era
        assertThat(errors.month("e", "2026-10", "เดือน")).isEqualTo(october);
        assertThat(errors.asMap()).isEmpty();

        assertThat(errors.month("ce", "10/2026", "เดือนที่เริ่ม")).isNull();
        assertThat(errors.month("iso-be", "2569-10", "เดือน")).isNull();
        assertThat(errors.month("no-month", "13/2569", "เดือน")).isNull();
        assertThat(errors.month("far", "10/2700", "เดือน")).isNull();
        assertThat(errors.month("blank", " ", "เดือน")).isNull();
        assertThat(errors.asMap()).containsOnlyKeys("ce", "iso-be", "no-month", "far", "blank")
                .containsEntry("ce", "เดือนที่เริ่ม: ปี 2026 เป็นปีคริสต์ศักราชหรือไม่ ถ้าใช่ ตรงกับ พ.ศ. 2569"
                        + " กรุณากรอกปีเป็น พ.ศ. เช่น 10/2569")
                .containsEntry("no-month", "เดือน ไม่ใช่เดือนที่ถูกต้อง: กรอก เดือน/ปี พ.ศ. เช่น 10/2569")
                .containsEntry("blank", "กรุณาระบุเดือน");
    }

    @Test
    void choicesContactsAndListsAreCheckedAgainstWhatIsOffered() {
        FieldErrors errors = new FieldErrors();
        Set<String> levels = Set.of("BASIC", "ADVANCED");
        assertThat(errors.choice("a", "BASIC", "ระดับ", levels)).isEqualTo("BASIC");
        assertThat(errors.choice("b", "ROOT", "ระดับ", levels)).isNull();
        assertThat(errors.choices("c", List.of("BASIC", "BASIC"), "ระดับ", levels)).containsExactly("BASIC");
        assertThat(errors.choices("d", List.of("BASIC", 7), "ระดับ", levels)).isNull();
        assertThat(errors.email("e", " Somchai@Example.ORG ", "อีเมล")).isEqualTo("somchai@example.org");
        assertThat(errors.email("f", "somchai@", "อีเมล")).isNull();
        assertThat(errors.phone("g", "053-123 456", "โทรศัพท์")).isEqualTo("053-123 456");
        assertThat(errors.phone("h", "โทรมาสิ", "โทรศัพท์")).isNull();
        assertThat(errors.list("i", List.of(1, 2, 3), "แถว", 1, 2)).isEmpty();
        assertThat(errors.ticked("j", "TRUE", "กรุณายืนยัน")).isTrue();
        assertThat(errors.ticked("k", "yes", "กรุณายืนยัน")).isFalse();
        assertThat(errors.asMap()).containsOnlyKeys("b", "d", "f", "h", "i", "k");
        assertThatThrownBy(errors::rejectSubmissionIfInvalid).isInstanceOf(FormValidationException.class)
                .hasMessageContaining("อีเมล ไม่ใช่อีเมลที่ถูกต้อง");
    }
}
