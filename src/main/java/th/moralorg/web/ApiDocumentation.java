package th.moralorg.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of our own API (/api only; Camunda's /engine-rest has its own reference),
 * served at /v3/api-docs with Swagger UI at /swagger-ui.html. Every operation takes HTTP Basic
 * but the public paths, which identity.ApiLoginDocumentation marks from the very list the API's
 * authentication lets through.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    private static final String BASIC = "basicAuth";

    @Bean
    OpenAPI moralOrganisationApi() {
        return new OpenAPI()
                .info(new Info().title("ระบบบริหารงานองค์กรคุณธรรม: API").version("1")
                        .description("API ของระบบเอง (/api): ลงทะเบียนแบบ อ.01 เรื่องขององค์กร ไฟล์หลักฐาน "
                                + "งานของสำนักงานวัฒนธรรมจังหวัดและกรมการศาสนา ข้อผิดพลาดตอบเป็น JSON มี message "
                                + "ภาษาไทย และ errors รายช่อง (400) ใช้ชื่อผู้ใช้และรหัสผ่านเดียวกับระบบรายการงาน "
                                + "(HTTP Basic) งานในกระบวนการใช้ Camunda REST API ที่ /engine-rest"))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("ชื่อผู้ใช้และรหัสผ่านของระบบรายการงาน")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
