package th.moralorg.notification;

import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a kind's templates ({@code mail/<kind>.txt}, first line the subject, and
 * {@code mail/<kind>.html}) with Thymeleaf. Every template sees the caller's model plus
 * {@code caseNumber} (the model's, else the business key), {@code link} (absolute),
 * {@code baseUrl}, {@code queuedAt} and {@code thai} (Buddhist-Era dates, {@link ThaiFormat}).
 */
@Component
class MailRenderer {

    static final Locale THAI = Locale.forLanguageTag("th-TH");

    /** A rendered mail. */
    record Rendered(String subject, String text, String html) {
    }

    private final TemplateEngine html = engine(".html", TemplateMode.HTML);
    private final TemplateEngine text = engine(".txt", TemplateMode.TEXT);
    private final NotificationSettings settings;
    private final ThaiFormat thai;

    private final Clock clock;

    MailRenderer(NotificationSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.thai = new ThaiFormat(settings.zone());
    }

    Rendered render(NotificationKind kind, String businessKey, Map<String, ?> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.putIfAbsent("caseNumber", businessKey);
        variables.put("businessKey", businessKey);
        variables.put("link", settings.link(model.get("link") == null ? null : model.get("link").toString()));
        variables.put("baseUrl", settings.link("/"));
        variables.put("thai", thai);
        variables.put("queuedAt", clock.instant());
        Context context = new Context(THAI, variables);
        String rendered = text.process(kind.id(), context).strip();
        int end = rendered.indexOf('\n');
        String subject = (end < 0 ? rendered : rendered.substring(0, end)).replaceAll("[\\r\\n\\t]+", " ").strip();
        String body = end < 0 ? "" : rendered.substring(end + 1).strip() + "\n";
        return new Rendered(subject, body, html.process(kind.id(), context));
    }

    private static TemplateEngine engine(String suffix, TemplateMode mode) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
