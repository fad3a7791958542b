package th.moralorg.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The forms under bpmn/ offer the virtues with the codes and names of {@link Virtue}, which exports and pages use. */
class VirtueTests {

    @Test
    void everyFormOffersTheVirtuesByTheirEnumsCodesAndNames() throws IOException {
        List<String> offered = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("bpmn"))) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).toList()) {
                new ObjectMapper().readTree(form.toFile()).findValues("values").forEach(values -> {
                    for (JsonNode choice : values) {
                        ThaiNames.find(Virtue.class, choice.path("value").asText()).ifPresent(virtue -> {
                            assertThat(choice.path("label").asText()).as(form + " " + virtue).isEqualTo(virtue.thai());
                            offered.add(form.getFileName() + ":" + virtue);
                        });
                    }
                });
            }
        }
        // the plan อ.04's page offers them from the enum itself (organisationcase.PlanPage)
        assertThat(offered).as("shared vision offers all five")
                .contains("shared-vision.form:SUFFICIENCY", "shared-vision.form:GRATITUDE");
    }
}
