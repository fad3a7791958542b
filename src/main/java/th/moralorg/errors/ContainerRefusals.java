package th.moralorg.errors;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before our application sees the request (an encoded slash or NUL in the
 * path, a request line or header too long, a malformed request) is answered in Thai too: problem
 * details for API clients, a short page for browsers, instead of Tomcat's English error page.
 * Everything that reaches the application is answered by {@link ProblemErrorController} and the
 * handlers; this valve writes only where nothing was written.
 */
@Component
class ContainerRefusals implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(InThai.class.getName());
            }
        });
    }

    /** Tomcat's error report, in Thai. Public with a public constructor: the host creates it by name. */
    public static class InThai extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean writable = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
            if (!writable.get()) {
                return;
            }
            String message = ProblemErrorController.detail(status);
            String path = request.getRequestURI() == null ? "" : request.getRequestURI();
            try {
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer == null) {
                    return;
                }
                if (ApiErrors.wantsPage(path, request.getHeader("Accept"))) {
                    response.setContentType(MediaType.TEXT_HTML_VALUE);
                    writer.write(ApiErrors.page("", status, message));
                } else {
                    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                    writer.write(ApiErrors.JSON.writeValueAsString(ApiProblem.problem(status, message)));
                }
                response.finishResponse();
            } catch (IOException | IllegalStateException e) {
                // the client is gone or the response cannot take a body: nothing more to say
            }
        }
    }
}
