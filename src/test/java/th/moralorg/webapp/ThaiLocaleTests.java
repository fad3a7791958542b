package th.moralorg.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every label of the English locale that Camunda ships in the webjar has a Thai translation in our
 * override, with the same {{placeholders}}. At a Camunda upgrade this test lists the new keys.
 */
class ThaiLocaleTests {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void everyEnglishLabelHasAThaiTranslationWithItsPlaceholders(String app) throws IOException {
        Map<String, String> english = labels(app, "en");
        Map<String, String> thai = labels(app, "th");

        List<String> missing = new ArrayList<>();
        List<String> lostPlaceholders = new ArrayList<>();
        english.forEach((key, text) -> {
            if (!thai.containsKey(key)) {
                missing.add(key + " = " + text);
            } else if (!placeholders(thai.get(key)).containsAll(placeholders(text))) {
                lostPlaceholders.add(key + ": " + placeholders(text) + " in \"" + text + "\" but \"" + thai.get(key) + "\"");
            }
        });

        assertThat(english).as("English labels of %s in the webjar", app).isNotEmpty();
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(missing).as("labels of %s's en.json without a Thai translation in th.json", app).isEmpty();
            softly.assertThat(lostPlaceholders).as("Thai labels of %s that lost a placeholder", app).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "admin", "cockpit"})
    void datesAreThaiWithBuddhistEraYears(String app) throws IOException {
        JsonNode dates = locale(app, "th").get("dateLocales");
        assertThat(dates.get("months").get(0).asText()).isEqualTo("มกราคม");
        // moment's era year "y": 2026 CE is 2569 BE
        assertThat(dates.get("eras").get(0).get("offset").asInt()).isEqualTo(544);
        assertThat(dates.get("longDateFormat").get("LL").asText()).contains("y").doesNotContain("YYYY");
    }

    private static Map<String, String> labels(String app, String language) throws IOException {
        Map<String, String> labels = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = locale(app, language).get("labels").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            labels.put(field.getKey(), field.getValue().asText());
        }
        return labels;
    }

    private static JsonNode locale(String app, String language) throws IOException {
        String path = String.format(LOCALES, app, language);
        List<URL> found = Collections.list(ThaiLocaleTests.class.getClassLoader().getResources(path));
        assertThat(found).as(path + " on the classpath").hasSize(1);
        try (InputStream in = found.get(0).openStream()) {
            return JSON.readTree(in); // Jackson skips the UTF-8 byte order mark Camunda's files start with
        }
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
