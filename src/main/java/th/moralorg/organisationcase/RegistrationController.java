package th.moralorg.organisationcase;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;

/**
 * The public registration of seed 5.2.1(1): no login. {@code POST /api/registrations} takes form
 * อ.01 as JSON and answers 201 with the case number, 400 with a Thai message per field, or 409
 * when the organisation already registered for that fiscal year. The page /register takes the same
 * form ({@link RegistrationPage}).
 */
@RestController
class RegistrationController {

    static final String INVALID = "ข้อมูลในแบบ อ.01 ไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้ง";

    private final RegistrationService registrations;

    RegistrationController(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @Operation(summary = "ลงทะเบียนแสดงความจำนง (แบบ อ.01) โดยไม่ต้องเข้าสู่ระบบ",
            description = "เริ่มเรื่องขององค์กร (กระบวนการ organisation-case) และตอบเลขที่เรื่อง",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = RegistrationRequest.class))))
    @ApiResponse(responseCode = "201", description = "รับแบบแล้ว", content = @Content(examples = @ExampleObject(
            "{\"caseNumber\": \"MO-2570-50-0007\", \"message\": \"ได้รับแบบแสดงความจำนง (อ.01) แล้ว เลขที่เรื่องของท่านคือ MO-2570-50-0007\"}")))
    @ApiResponse(responseCode = "400", description = "ข้อมูลไม่ถูกต้อง: ข้อความภาษาไทยรายช่อง ไม่มีการบันทึกใด ๆ",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(
                    "{\"type\": \"about:blank\", \"title\": \"คำขอไม่ถูกต้อง\", \"status\": 400, "
                    + "\"detail\": \"ข้อมูลในแบบ อ.01 ไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้ง\", "
                    + "\"errors\": {\"headName\": \"กรุณากรอกชื่อหัวหน้าองค์กร\"}}")))
    @ApiResponse(responseCode = "409", description = "องค์กรนี้ลงทะเบียนในปีงบประมาณนั้นแล้ว (ไม่บอกเลขที่เรื่อง)")
    @ApiResponse(responseCode = "429", description = "ส่งแบบจากเครื่องเดียวกันบ่อยเกินไป รอตาม Retry-After")
    @PostMapping("/api/registrations")
    ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> form) {
        RegistrationService.Outcome outcome = registrations.register(form);
        if (outcome instanceof RegistrationService.Outcome.Registered ok) {
            return ResponseEntity.status(HttpStatus.CREATED).body(Map.of(
                    "caseNumber", ok.caseNumber(), "message", received(ok.caseNumber())));
        }
        if (outcome instanceof RegistrationService.Outcome.Invalid bad) {
            throw new ApiProblem(400, INVALID, bad.errors());
        }
        throw ApiProblem.conflict(duplicate((RegistrationService.Outcome.Duplicate) outcome));
    }

    /** The choices of the page's drop-down lists. */
    @Operation(summary = "ประเภทองค์กรที่เลือกได้ในแบบ อ.01 (รหัส → ชื่อภาษาไทย)")
    @GetMapping("/api/registrations")
    Map<String, Object> choices() {
        return Map.of("organisationTypes", RegistrationForm.TYPES);
    }

    static String received(String caseNumber) {
        return "ได้รับแบบแสดงความจำนง (อ.01) แล้ว เลขที่เรื่องของท่านคือ " + caseNumber;
    }

    /** Anyone may call this: the answer names no case (nor whether the organisation has earlier ones). */
    static String duplicate(RegistrationService.Outcome.Duplicate dup) {
        return "องค์กรนี้ได้ลงทะเบียนเข้าร่วมในปีงบประมาณ พ.ศ. " + dup.fiscalYear()
                + " แล้ว หากต้องการตรวจสอบหรือแก้ไขข้อมูล กรุณาติดต่อสำนักงานวัฒนธรรมจังหวัด";
    }
}
