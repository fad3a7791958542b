package th.moralorg.organisationcase;

import java.time.LocalDate;
import java.util.Map;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Provinces;

/** Validates form อ.01 as sent by the public page or an API client: a Thai message per field. */
final class RegistrationForm {

    /** Organisation types, with the Thai labels the public page shows. */
    static final Map<String, String> TYPES = ThaiNames.all(OrganisationType.class);

    private RegistrationForm() {
    }

    /** Either a registration or the errors by field; never both. */
    record Result(Registration registration, Map<String, String> errors) {
    }

    static Result read(Map<String, ?> input, Provinces provinces, LocalDate today) {
        FormFields f = new FormFields(input);
        String name = f.text("organisationName", "ชื่อองค์กร", 300);
        String type = f.choice("organisationType", "ประเภทองค์กร", TYPES.keySet());
        String parent = f.optionalText("parentBody", "หน่วยงานต้นสังกัด", 300);
        String address = f.text("address", "ที่อยู่", 1000);
        String province = f.text("provinceCode", "จังหวัด", 2);
        if (province != null && provinces.findByCode(province).isEmpty()) {
            f.error("provinceCode", "ไม่พบจังหวัดรหัส " + province);
        }
        Integer executives = f.integer("executiveCount", "จำนวนผู้บริหาร", 1, 100_000);
        Integer members = f.integer("memberCount", "จำนวนสมาชิก", 1, 10_000_000);
        String head = f.text("headName", "ชื่อหัวหน้าองค์กร", 200);
        String coordinator = f.text("coordinatorName", "ชื่อผู้ประสานงาน", 200);
        String position = f.text("coordinatorPosition", "ตำแหน่งผู้ประสานงาน", 200);
        String phone = f.phone("coordinatorPhone", "หมายเลขโทรศัพท์ผู้ประสานงาน");
        String email = f.email("coordinatorEmail", "อีเมลผู้ประสานงาน");
        FiscalYear current = FiscalYear.containing(today);
        Integer year = f.integer("fiscalYear", "ปีงบประมาณ", current.buddhistYear(), current.next().buddhistYear());
        f.isTrue("consent", "กรุณายืนยันความยินยอมให้ใช้ข้อมูลเพื่อการส่งเสริมองค์กรคุณธรรม");
        if (!f.valid()) {
            return new Result(null, f.errors());
        }
        return new Result(new Registration(name, type, parent, address, province, executives, members, head,
                coordinator, position, phone, email, year), Map.of());
    }
}
