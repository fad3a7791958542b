package th.moralorg.web;

import java.util.List;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MapSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of our own API (/api only; Camunda's /engine-rest has its own reference),
 * served at /v3/api-docs with Swagger UI at /swagger-ui.html. Every operation takes HTTP Basic
 * but the public paths, which identity.ApiLoginDocumentation marks from the very list the API's
 * authentication lets through. Every refusal and server error is problem details (RFC 9457,
 * errors.ApiProblem): one schema, which every 4xx and 5xx answer of every operation refers to.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BASIC = "basicAuth";
    private static final String PROBLEM = "ProblemDetail";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Bean
    OpenAPI moralOrganisationApi() {
        return new OpenAPI()
                .info(new Info().title("ระบบบริหารงานองค์กรคุณธรรม: API").version("1")
                        .description("API ของระบบเอง (/api): ลงทะเบียนแบบ อ.01 เรื่องขององค์กร ไฟล์หลักฐาน "
                                + "งานของสำนักงานวัฒนธรรมจังหวัดและกรมการศาสนา ข้อผิดพลาดตอบเป็น problem details "
                                + "(RFC 9457, application/problem+json) มี detail ภาษาไทย และ errors รายช่อง (400) "
                                + "ใช้ชื่อผู้ใช้และรหัสผ่านเดียวกับระบบรายการงาน "
                                + "(HTTP Basic) งานในกระบวนการใช้ Camunda REST API ที่ /engine-rest"))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("ชื่อผู้ใช้และรหัสผ่านของระบบรายการงาน")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    /** The schema of every refusal, and every operation's 4xx and 5xx answers in it. */
    @Bean
    OpenApiCustomizer refusalsAreProblemDetails() {
        return api -> {
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                operation.getResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        response.setContent(problemContent());
                    }
                });
                operation.getResponses().computeIfAbsent("4XX", code -> new ApiResponse()
                        .description("คำขอถูกปฏิเสธ: detail บอกเหตุเป็นภาษาไทย (400: errors รายช่อง)")
                        .content(problemContent()));
                operation.getResponses().computeIfAbsent("5XX", code -> new ApiResponse()
                        .description("ระบบขัดข้อง: detail และ errorId สำหรับแจ้งผู้ดูแลระบบ").content(problemContent()));
            }));
        };
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON,
                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details: ทุกคำตอบที่ปฏิเสธหรือขัดข้อง")
                .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                .addProperty("title", new StringSchema().description("ชื่อของสถานะ (ภาษาไทย)").example("คำขอไม่ถูกต้อง"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().description("เหตุที่ปฏิเสธ เป็นภาษาไทย")
                        .example("ข้อมูลไม่ถูกต้อง กรุณาแก้ไขตามที่แจ้งในแต่ละช่อง"))
                .addProperty("errors", new MapSchema().additionalProperties(new StringSchema())
                        .description("เฉพาะ 400: ข้อความภาษาไทยรายช่อง (ชื่อช่อง → ข้อความ)"))
                .addProperty("errorId", new StringSchema().description("เฉพาะ 5xx: รหัสข้อผิดพลาดที่บันทึกไว้")
                        .example("3f9a1c2e"))
                .required(List.of("type", "title", "status", "detail"));
    }
}
