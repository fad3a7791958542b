package th.moralorg.organisationcase;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Provinces;

/** Validates form อ.01 as sent by the public page or an API client: a Thai message per field. */
final class RegistrationForm {

    /** Organisation types, with the Thai labels the public page shows. */
    static final Map<String, String> TYPES = ThaiNames.all(OrganisationType.class);

    /** Each field's Thai label, in the form's order: in messages here and on the case page (CaseFile). */
    static final Map<String, String> LABELS = labels();

    private RegistrationForm() {
    }

    /** Either a registration or the errors by field; never both. */
    record Result(Registration registration, Map<String, String> errors) {
    }

    static Result read(Map<String, ?> input, Provinces provinces, LocalDate today) {
        FormFields f = new FormFields(input);
        String name = f.text("organisationName", LABELS.get("organisationName"), 300);
        String type = f.choice("organisationType", LABELS.get("organisationType"), TYPES.keySet());
        String parent = f.optionalText("parentBody", LABELS.get("parentBody"), 300);
        String address = f.text("address", LABELS.get("address"), 1000);
        String province = f.text("provinceCode", LABELS.get("provinceCode"), 2);
        if (province != null && provinces.findByCode(province).isEmpty()) {
            f.error("provinceCode", "ไม่พบจังหวัดรหัส " + province);
        }
        Integer executives = f.integer("executiveCount", LABELS.get("executiveCount"), 1, 100_000);
        Integer members = f.integer("memberCount", LABELS.get("memberCount"), 1, 10_000_000);
        String head = f.text("headName", LABELS.get("headName"), 200);
        String coordinator = f.text("coordinatorName", LABELS.get("coordinatorName"), 200);
        String position = f.text("coordinatorPosition", LABELS.get("coordinatorPosition"), 200);
        String phone = f.phone("coordinatorPhone", LABELS.get("coordinatorPhone"));
        String email = f.email("coordinatorEmail", LABELS.get("coordinatorEmail"));
        FiscalYear current = FiscalYear.containing(today);
        Integer year = f.integer("fiscalYear", LABELS.get("fiscalYear"), current.buddhistYear(), current.next().buddhistYear());
        f.isTrue("consent", "กรุณายืนยันความยินยอมให้ใช้ข้อมูลเพื่อการส่งเสริมองค์กรคุณธรรม");
        if (!f.valid()) {
            return new Result(null, f.errors());
        }
        return new Result(new Registration(name, type, parent, address, province, executives, members, head,
                coordinator, position, phone, email, year), Map.of());
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("organisationName", "ชื่อองค์กร");
        labels.put("organisationType", "ประเภทองค์กร");
        labels.put("parentBody", "หน่วยงานต้นสังกัด");
        labels.put("address", "ที่อยู่");
        labels.put("provinceCode", "จังหวัด");
        labels.put("executiveCount", "จำนวนผู้บริหาร");
        labels.put("memberCount", "จำนวนสมาชิก");
        labels.put("headName", "ชื่อหัวหน้าองค์กร");
        labels.put("coordinatorName", "ชื่อผู้ประสานงาน");
        labels.put("coordinatorPosition", "ตำแหน่งผู้ประสานงาน");
        labels.put("coordinatorPhone", "หมายเลขโทรศัพท์ผู้ประสานงาน");
        labels.put("coordinatorEmail", "อีเมลผู้ประสานงาน");
        labels.put("fiscalYear", "ปีงบประมาณ");
        return Collections.unmodifiableMap(labels);
    }
}
