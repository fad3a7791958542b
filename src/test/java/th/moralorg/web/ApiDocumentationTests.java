package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** The OpenAPI document of /api and Swagger UI, as an API client's developer finds them. */
@IntegrationTest
class ApiDocumentationTests {

    @LocalServerPort
    int port;

    @Test
    void theRegistrationIsDescribedWithItsFieldsAnswersAndNoLogin() throws Exception {
        HttpResponse<String> response = new Api(port).get("/v3/api-docs", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = new ObjectMapper().readTree(response.body());

        JsonNode register = doc.at("/paths/~1api~1registrations/post");
        assertThat(register.at("/security").isArray() && register.at("/security").isEmpty())
                .as("registration needs no login").isTrue();
        assertThat(register.at("/responses").fieldNames()).toIterable().contains("201", "400", "409", "429");
        String schema = register.at("/requestBody/content/application~1json/schema/$ref").asText();
        assertThat(schema).isEqualTo("#/components/schemas/Registration");
        JsonNode form = doc.at("/components/schemas/Registration");
        assertThat(form.at("/properties").fieldNames()).toIterable().contains("organisationName", "organisationType",
                "provinceCode", "coordinatorEmail", "fiscalYear", "consent");
        assertThat(form.at("/required").toString()).contains("organisationName", "consent");
        assertThat(form.at("/properties/headName/description").asText()).isEqualTo("ชื่อหัวหน้าองค์กร");

        // everything else asks for the Tasklist login (HTTP Basic), as ApiAuthenticationFilter does
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/security/0/basicAuth").isArray()).isTrue();
        assertThat(doc.at("/paths/~1api~1cases~1{caseNumber}/get/security").isMissingNode()).isTrue();
        List<String> paths = new ArrayList<>();
        doc.at("/paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).allMatch(path -> path.startsWith("/api/")).contains("/api/cases/{caseNumber}",
                "/api/cases/{caseNumber}/attachments", "/api/provinces", "/api/accounts/set-password");
    }

    @Test
    void everyRefusalIsDescribedAsProblemDetails() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(new Api(port).get("/v3/api-docs", null, null).body());
        String problem = "#/components/schemas/ProblemDetail";
        assertThat(doc.at("/components/schemas/ProblemDetail/properties").fieldNames()).toIterable()
                .contains("type", "title", "status", "detail", "errors", "errorId");
        assertThat(doc.at("/paths/~1api~1registrations/post/responses/400/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo(problem);
        int operations = 0;
        for (JsonNode item : doc.at("/paths")) {
            for (JsonNode operation : item) {
                operations++;
                assertThat(operation.at("/responses/4XX/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo(problem);
                assertThat(operation.at("/responses/5XX/content/application~1problem+json/schema/$ref").asText())
                        .isEqualTo(problem);
                operation.at("/responses").fields().forEachRemaining(response -> {
                    if (response.getKey().matches("[45].*")) {
                        assertThat(response.getValue().at("/content").fieldNames()).toIterable()
                                .as(response.getKey()).containsExactly("application/problem+json");
                    }
                });
            }
        }
        assertThat(operations).isGreaterThan(20);
    }

    @Test
    void swaggerUiIsServedFromTheApplicationItself() {
        HttpResponse<String> page = new Api(port).get("/swagger-ui/index.html", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(new Api(port).get("/swagger-ui/swagger-initializer.js", null, null).body()).contains("/v3/api-docs");
    }
}
