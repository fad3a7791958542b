package th.moralorg.organisationcase;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Form อ.01 as an API client sends it to {@code POST /api/registrations}: the OpenAPI document's
 * description of the body. The controller reads the body untyped, so that a value of the wrong
 * type gets the same Thai message per field as any other mistake ({@link RegistrationForm}).
 */
@Schema(name = "Registration", description = "แบบ อ.01 (ข้อ 5.2.1(1)); ชื่อแบบและชื่อประเภทองค์กรตาม GET /api/names")
record RegistrationRequest(
        @Schema(description = "ชื่อองค์กร", example = "โรงเรียนบ้านดอกไม้", maxLength = 300, requiredMode = Schema.RequiredMode.REQUIRED)
        String organisationName,
        @Schema(description = "ประเภทองค์กร", allowableValues = {"GOVERNMENT", "STATE_ENTERPRISE", "LOCAL_GOVERNMENT",
                "SCHOOL", "RELIGIOUS", "PRIVATE", "COMMUNITY"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String organisationType,
        @Schema(description = "หน่วยงานต้นสังกัด (ถ้ามี)", example = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงใหม่ เขต 1", maxLength = 300)
        String parentBody,
        @Schema(description = "ที่อยู่", example = "99 หมู่ 1 ตำบลสุเทพ อำเภอเมืองเชียงใหม่", maxLength = 1000, requiredMode = Schema.RequiredMode.REQUIRED)
        String address,
        @Schema(description = "รหัสจังหวัด 2 หลัก (GET /api/provinces)", example = "50", requiredMode = Schema.RequiredMode.REQUIRED)
        String provinceCode,
        @Schema(description = "จำนวนผู้บริหาร", example = "5", minimum = "1", maximum = "100000", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer executiveCount,
        @Schema(description = "จำนวนสมาชิก", example = "60", minimum = "1", maximum = "10000000", requiredMode = Schema.RequiredMode.REQUIRED)
        Integer memberCount,
        @Schema(description = "ชื่อหัวหน้าองค์กร", example = "นางสาวมาลี ใจดี", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
        String headName,
        @Schema(description = "ชื่อผู้ประสานงาน", example = "นายสมชาย รักดี", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
        String coordinatorName,
        @Schema(description = "ตำแหน่งผู้ประสานงาน", example = "ครูชำนาญการ", maxLength = 200, requiredMode = Schema.RequiredMode.REQUIRED)
        String coordinatorPosition,
        @Schema(description = "หมายเลขโทรศัพท์ผู้ประสานงาน", example = "081-234-5678", requiredMode = Schema.RequiredMode.REQUIRED)
        String coordinatorPhone,
        @Schema(description = "อีเมลผู้ประสานงาน: ชื่อผู้ใช้ในระบบรายการงาน และที่รับลิงก์ตั้งรหัสผ่าน", example = "somchai@example.org",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String coordinatorEmail,
        @Schema(description = "ปีงบประมาณ พ.ศ. (ปีปัจจุบันหรือปีถัดไป, GET /api/fiscal-years)", example = "2570",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer fiscalYear,
        @Schema(description = "ยินยอมให้ใช้ข้อมูลเพื่อการส่งเสริมองค์กรคุณธรรม ต้องเป็น true", example = "true",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean consent) {
}
