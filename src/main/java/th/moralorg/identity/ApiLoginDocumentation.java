package th.moralorg.identity;

import java.util.List;
import java.util.Locale;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of /api (web.ApiDocumentation) asks for HTTP Basic everywhere but on the
 * public paths of {@link ApiAuthenticationFilter}, marked from that very list, so the document
 * cannot promise more or less than the filter does.
 */
@Configuration(proxyBeanMethods = false)
class ApiLoginDocumentation {

    @Bean
    OpenApiCustomizer publicPathsNeedNoLogin() {
        return api -> api.getPaths().forEach((path, item) -> {
            if (ApiAuthenticationFilter.PUBLIC_PATHS.contains(path.toLowerCase(Locale.ROOT))) {
                item.readOperations().forEach(operation -> operation.setSecurity(List.of()));
            }
        });
    }
}
