package th.moralorg.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The Thai name of a code is spelled once, in its enum here (docs/architecture.md, "Thai names").
 * A name counts as spelled again where it stands on its own in src/main, that is with no Thai
 * letter right before or after it ("รับรอง" inside "ผ่านการรับรอง" is another word; "'รับรอง'",
 * "(ไม่รับรอง)" or ">ศึกษาดูงาน<" are the name).
 */
class ThaiNamesTests {

    private static final Path MAIN = Path.of("src/main");

    /**
     * Models and history are left alone: process and form models (none under src/main today), the
     * migrations already applied, and Camunda's own translations of its webapps.
     */
    private static final Set<String> NOT_CODE = Set.of(".bpmn", ".dmn", ".form", ".sql");

    @Test
    void noThaiNameIsSpelledOutsideItsEnum() throws IOException {
        List<String> spelledAgain = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(Files::isRegularFile).filter(ThaiNamesTests::mayNameCodes).forEach(file -> {
                String text = read(file);
                for (String name : names()) {
                    int at = standalone(text, name, 0);
                    while (at >= 0) {
                        spelledAgain.add(MAIN.relativize(file) + ":" + line(text, at) + " spells \"" + name + "\"");
                        at = standalone(text, name, at + name.length());
                    }
                }
            });
        }
        assertThat(spelledAgain).as("take these names from th.moralorg.reference (ThaiNames) instead").isEmpty();
    }

    @Test
    void theGuardSeesANameStandingAloneButNotInsideAnotherWord() {
        assertThat(standalone("errors.add(\"มติ\", \"ให้ปรับปรุง\");", "ให้ปรับปรุง", 0)).isPositive();
        assertThat(standalone("<td>ระดับ 3 องค์กรคุณธรรมต้นแบบ</td>", "องค์กรคุณธรรมต้นแบบ", 0)).isPositive();
        assertThat(standalone("องค์กรผ่านการรับรองแล้ว", "รับรอง", 0)).isNegative();
        assertThat(standalone("ระบบบริหารงานองค์กรคุณธรรม", "องค์กรคุณธรรมต้นแบบ", 0)).isNegative();
        assertThat(standalone("เป็นองค์กรคุณธรรมต้นแบบ (ระดับ 3)", "องค์กรคุณธรรมต้นแบบ", 0)).isNegative();
    }

    @Test
    void everyCodeHasOneNameAndLookUpsFallBackToTheCode() {
        ThaiNames.KINDS.forEach((key, kind) -> assertThat(ThaiNames.all(kind))
                .as(key).hasSize(kind.getEnumConstants().length).doesNotContainValue(""));
        assertThat(ThaiNames.of(Level.class, 3)).isEqualTo("ระดับ 3 องค์กรคุณธรรมต้นแบบ");
        assertThat(ThaiNames.of(Level.class, 2.0)).isEqualTo("ระดับ 2 องค์กรคุณธรรม");
        assertThat(ThaiNames.of(Level.class, "1")).isEqualTo("ระดับ 1 องค์กรส่งเสริมคุณธรรม");
        assertThat(ThaiNames.of(Decision.class, "SOMETHING_NEW")).isEqualTo("SOMETHING_NEW");
        assertThat(ThaiNames.of(Decision.class, null)).isNull();
        assertThat(ThaiNames.find(Decision.class, " REVISE")).isEmpty();
        assertThat(ThaiNames.find(FormCode.class, "อ.03")).contains(FormCode.SUCCESS_ASSESSMENT);
        assertThat(ThaiNames.choices(List.of(EventType.ORIENTATION, EventType.STUDY_VISIT)))
                .isEqualTo("ORIENTATION (ประชุมชี้แจง) หรือ STUDY_VISIT (ศึกษาดูงาน)");
    }

    /**
     * Every name the enums spell: their Thai names, and a level's name without its number, except
     * level 2's: "องค์กรคุณธรรม" is also what the whole programme and this product are called.
     */
    private static List<String> names() {
        List<String> names = new ArrayList<>();
        ThaiNames.KINDS.values().forEach(kind -> Arrays.stream(kind.getEnumConstants()).forEach(e -> names.add(e.thai())));
        Arrays.stream(Level.values()).filter(level -> level != Level.TWO).forEach(level -> names.add(level.title()));
        return names;
    }

    private static boolean mayNameCodes(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".woff2") || name.endsWith(".ttf")) {
            return false; // fonts: binary, no text of ours
        }
        boolean source = file.startsWith(MAIN.resolve("java/th/moralorg/reference"))
                && ThaiNames.KINDS.values().stream().anyMatch(kind -> name.equals(kind.getSimpleName() + ".java"));
        boolean camundaTranslation = file.toString().contains("/locales/");
        return !source && !camundaTranslation && NOT_CODE.stream().noneMatch(name::endsWith);
    }

    /** Where {@code name} next stands on its own in {@code text} from {@code from}, or -1. */
    private static int standalone(String text, String name, int from) {
        for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !thai(text.charAt(at - 1))) && (end == text.length() || !thai(text.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean thai(char c) {
        return c >= '\u0E00' && c <= '\u0E7F';
    }

    private static int line(String text, int at) {
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
