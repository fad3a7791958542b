package th.moralorg.organisationcase;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.WaitingOn;
import th.moralorg.validation.FieldErrors;

/**
 * What a person or an API client asks the case list for (the same parameters on /cases and
 * /api/cases), read and checked once, and the provinces the caller may see. Every filter is
 * optional; {@code provinces} null means every province.
 */
record CaseSearch(String name, String caseNumber, List<String> statuses, String stage, Integer proposedLevel,
        Integer certifiedLevel, Integer fiscalYear, WaitingOn waitingOn, boolean overdue, boolean outstandingModel,
        Integer waitingDaysFrom,
        Integer waitingDaysTo, Set<String> provinces, String province, Sort sort, int page, int size) {

    static final int DEFAULT_SIZE = 25;
    static final int MAX_SIZE = 100;
    /** Offset paging stops here: deeper than this, a narrower search (or the export) finds it. */
    static final int MAX_OFFSET = 10_000;
    /** The longest wait the ageing filter names, in days (ten years). */
    static final int MAX_WAITING_DAYS = 3650;
    private static final String FULL_CASE_NUMBER = "MO-\\d{4}-\\d{2}-\\d{4}";

    /** The list's orders: a whitelist, each ending on the case number so pages never overlap. */
    enum Sort {
        NEWEST("newest", "ใหม่ล่าสุด", "c.created_at desc, c.case_number desc"),
        CASE_NUMBER("caseNumber", "เลขที่เรื่อง", "c.case_number"),
        ORGANISATION("organisation", "ชื่อองค์กร", "o.name, c.case_number"),
        WAITING_LONGEST("waitingLongest", "รอนานที่สุด", "c.stage_since nulls last, c.case_number"),
        DUE_SOONEST("dueSoonest", "ใกล้ถึงกำหนด", "c.due_at nulls last, c.case_number");

        final String code;
        final String label;
        final String orderBy;

        Sort(String code, String label, String orderBy) {
            this.code = code;
            this.label = label;
            this.orderBy = orderBy;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    boolean allProvinces() {
        return provinces == null;
    }

    long offset() {
        return (long) (page - 1) * size;
    }

    /**
     * Reads the parameters; a Thai 400 (ApiProblem with a message per parameter) for what is not
     * understood, a 403 for a province the caller may not list. Officers see the provinces of
     * their pco-NN groups only, whatever {@code province} says; DRA, managers and administrators
     * any one, or all.
     */
    static CaseSearch read(Map<String, String[]> params, ApiCaller caller, CaseStages stages, Provinces provinceList) {
        boolean national = national(caller);
        if (!national && caller.provinces().isEmpty()) {
            throw ApiProblem.forbidden("รายการเรื่องขององค์กรเปิดให้เจ้าหน้าที่ สวจ. กรมการศาสนา และผู้บริหารเท่านั้น");
        }
        FieldErrors errors = new FieldErrors();
        String name = errors.text("name", one(params, "name"), "ชื่อองค์กร", 100, false);
        if (name != null && name.codePointCount(0, name.length()) < 2) {
            errors.add("name", "ชื่อองค์กรที่ค้นหาต้องมีอย่างน้อย 2 ตัวอักษร");
        }
        String caseNumber = errors.text("caseNumber", one(params, "caseNumber"), "เลขที่เรื่อง", 20, false);
        if (caseNumber != null) {
            caseNumber = caseNumber.toUpperCase(java.util.Locale.ROOT);
            if (!caseNumber.matches("[A-Z0-9-]+")) {
                errors.add("caseNumber", "เลขที่เรื่องมีได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และขีด (เช่น MO-2569-50-0042 หรือ MO-2569-50)");
            }
        }
        List<String> statuses = Arrays.stream(params.getOrDefault("status", new String[0])).filter(s -> !s.isBlank())
                .distinct().toList();
        if (!statuses.stream().allMatch(s -> ThaiNames.find(CaseStatus.class, s).isPresent())) {
            errors.add("status", "สถานะไม่ใช่ตัวเลือกที่มีให้");
        }
        String stage = blankToNull(one(params, "stage"));
        // a wait state, or an end event: the dashboard counts closed cases by where they ended
        if (stage != null && !stages.names().containsKey(stage)) {
            errors.add("stage", "ขั้นตอนไม่ใช่ตัวเลือกที่มีให้");
        }
        Integer proposed = optionalNumber(errors, params, "proposedLevel", "ระดับที่เสนอ", 0, 3);
        Integer certified = optionalNumber(errors, params, "certifiedLevel", "ระดับที่รับรอง", 1, 3);
        String year = blankToNull(one(params, "fiscalYear"));
        Integer fiscalYear = year == null ? null : FiscalYear.read("fiscalYear", year, errors);
        String waiting = blankToNull(one(params, "waitingOn"));
        WaitingOn waitingOn = waiting == null ? null : ThaiNames.find(WaitingOn.class, waiting).orElse(null);
        if (waiting != null && waitingOn == null) {
            errors.add("waitingOn", "ผู้ที่เรื่องรออยู่ไม่ใช่ตัวเลือกที่มีให้");
        }
        String overdue = blankToNull(one(params, "overdue"));
        if (overdue != null && !Set.of("true", "false").contains(overdue)) {
            errors.add("overdue", "เกินกำหนดต้องเป็น true หรือ false");
        }
        String outstanding = blankToNull(one(params, "outstandingModel"));
        if (outstanding != null && !Set.of("true", "false").contains(outstanding)) {
            errors.add("outstandingModel", "ต้นแบบโดดเด่นต้องเป็น true หรือ false");
        }
        Integer waitingFrom = optionalNumber(errors, params, "waitingDaysFrom", "รอมาแล้วอย่างน้อย (วัน)", 0,
                MAX_WAITING_DAYS);
        Integer waitingTo = optionalNumber(errors, params, "waitingDaysTo", "รอมาแล้วน้อยกว่า (วัน)", 1,
                MAX_WAITING_DAYS);
        if (waitingFrom != null && waitingTo != null && waitingTo <= waitingFrom) {
            errors.add("waitingDaysTo", "จำนวนวันที่รอ \"น้อยกว่า\" ต้องมากกว่าจำนวนวัน \"อย่างน้อย\"");
        }
        String province = blankToNull(one(params, "province"));
        if (province != null) {
            provinceList.read("province", province, errors);
        }
        String sortCode = blankToNull(one(params, "sort"));
        Sort sort = sortCode == null ? Sort.NEWEST
                : Arrays.stream(Sort.values()).filter(s -> s.code.equals(sortCode)).findFirst().orElse(null);
        if (sort == null) {
            errors.add("sort", "การเรียงลำดับต้องเป็น " + Arrays.stream(Sort.values()).map(s -> s.code + " (" + s.label + ")")
                    .collect(Collectors.joining(", ")));
        }
        Integer page = blankToNull(one(params, "page")) == null ? Integer.valueOf(1)
                : errors.number("page", one(params, "page"), "หน้า", 1, MAX_OFFSET);
        Integer size = blankToNull(one(params, "size")) == null ? Integer.valueOf(DEFAULT_SIZE)
                : errors.number("size", one(params, "size"), "จำนวนเรื่องต่อหน้า", 1, MAX_SIZE);
        if (page != null && size != null && (long) (page - 1) * size >= MAX_OFFSET) {
            errors.add("page", "แสดงได้ถึงเรื่องที่ " + MAX_OFFSET + " เท่านั้น กรุณาค้นหาให้แคบลง หรือส่งออกเป็นไฟล์");
        }
        errors.throwIfInvalid();

        Set<String> provinces;
        if (national) {
            provinces = province == null ? null : Set.of(province);
        } else if (province == null) {
            provinces = new TreeSet<>(caller.provinces());
        } else if (caller.provinces().contains(province)) {
            provinces = Set.of(province);
        } else {
            throw ApiProblem.forbidden("ไม่มีสิทธิ์ดูเรื่องของจังหวัดรหัส " + province);
        }
        return new CaseSearch(name, caseNumber, statuses, stage, proposed, certified, fiscalYear, waitingOn,
                "true".equals(overdue), "true".equals(outstanding), waitingFrom, waitingTo, provinces, province, sort, page, size);
    }

    /** DRA, managers and administrators list any province, or all. */
    static boolean national(ApiCaller caller) {
        return caller.readsEveryProvince();
    }

    private static Integer optionalNumber(FieldErrors errors, Map<String, String[]> params, String field, String label,
            int min, int max) {
        String value = blankToNull(one(params, field));
        return value == null ? null : errors.number(field, value, label, min, max);
    }

    private static String one(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    boolean fullCaseNumber() {
        return caseNumber != null && caseNumber.matches(FULL_CASE_NUMBER);
    }
}
