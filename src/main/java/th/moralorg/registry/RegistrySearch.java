package th.moralorg.registry;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.OrganisationType;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;

/**
 * What anyone asks the registry for (the same parameters on /registry and /api/registry), read and
 * checked once; every filter optional. {@code after} is the key of the last entry of the page
 * before (keyset paging): fiscal year, province, organisation.
 */
record RegistrySearch(String name, Integer fiscalYear, String province, Integer level, String organisationType,
        Key after) {

    /** Where a page ends: the order of the registry is newest year first, then province, then organisation. */
    record Key(int fiscalYear, String province, long organisationId) {

        private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{1,18})");

        /** As the next page's address carries it, e.g. "2569-50-1234". */
        String text() {
            return fiscalYear + "-" + province + "-" + organisationId;
        }

        static Key parse(String text) {
            Matcher m = FORMAT.matcher(text);
            return m.matches() ? new Key(Integer.parseInt(m.group(1)), m.group(2), Long.parseLong(m.group(3))) : null;
        }
    }

    /** Reads the parameters; a Thai message per parameter not understood (FormValidationException, 400). */
    static RegistrySearch read(Map<String, String[]> params, Provinces provinces) {
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", one(params, "name"), "ชื่อองค์กร", 100, false);
        if (name != null && name.codePointCount(0, name.length()) < 2) {
            errors.add("name", "ชื่อองค์กรที่ค้นหาต้องมีอย่างน้อย 2 ตัวอักษร");
        }
        String year = one(params, "fiscalYear");
        Integer fiscalYear = year == null ? null : FiscalYear.read("fiscalYear", year, errors);
        String province = one(params, "province");
        if (province != null) {
            provinces.read("province", province, errors);
        }
        String levelText = one(params, "level");
        Integer level = levelText == null ? null : errors.number("level", levelText, "ระดับ", 1, 3);
        String type = one(params, "type");
        if (type != null && ThaiNames.find(OrganisationType.class, type).isEmpty()) {
            errors.add("type", "ประเภทองค์กรไม่ใช่ตัวเลือกที่มีให้");
        }
        String afterText = one(params, "after");
        Key after = afterText == null ? null : Key.parse(afterText);
        if (afterText != null && after == null) {
            errors.add("after", "ตำแหน่งหน้าถัดไปไม่ถูกต้อง กรุณาเริ่มจากหน้าแรก");
        }
        errors.throwIfInvalid();
        return new RegistrySearch(name, fiscalYear, province, level, type, after);
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        String value = values == null || values.length == 0 ? null : values[0];
        return value == null || value.isBlank() ? null : value.strip();
    }
}
