package th.moralorg.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
    void datesAreOfTheCommonEraSoABuddhistYearTypedByHabitIsRefused() {
        FieldErrors errors = new FieldErrors();
        assertThat(errors.date("a", "2026-11-25", "วันที่")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(errors.date("b", "2026-11-25T00:00:00.000Z", "วันที่")).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(errors.date("c", "2569-11-25", "วันที่")).isNull();
        assertThat(errors.date("d", "25/11/2569", "วันที่")).isNull();
        assertThat(errors.date("e", null, "วันที่")).isNull();
        assertThat(errors.asMap()).containsOnlyKeys("c", "d", "e")
                .containsEntry("c", "วันที่ ต้องเป็นปีคริสต์ศักราช 2000–2100 (ระบบแสดงเป็น พ.ศ. ให้เอง)")
                .containsEntry("e", "กรุณาระบุวันที่");
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
