package th.moralorg.reference;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looks up the Thai name of a code (a {@link ThaiNamed} enum); the one way pages and mails get them. */
public final class ThaiNames {

    /** Every kind of code, by the key {@code GET /api/names} answers it under. */
    public static final Map<String, Class<? extends ThaiNamed>> KINDS = kinds();

    private ThaiNames() {
    }

    private static Map<String, Class<? extends ThaiNamed>> kinds() {
        Map<String, Class<? extends ThaiNamed>> kinds = new LinkedHashMap<>();
        kinds.put("levels", Level.class);
        kinds.put("caseStatuses", CaseStatus.class);
        kinds.put("decisions", Decision.class);
        kinds.put("meetingStatuses", MeetingStatus.class);
        kinds.put("nationalResults", NationalResult.class);
        kinds.put("eventTypes", EventType.class);
        kinds.put("eventStatuses", EventStatus.class);
        kinds.put("organisationTypes", OrganisationType.class);
        kinds.put("formCodes", FormCode.class);
        kinds.put("outboxStatuses", OutboxStatus.class);
        kinds.put("mailKinds", MailKind.class);
        kinds.put("decisionStages", DecisionStage.class);
        kinds.put("waitingOn", WaitingOn.class);
        kinds.put("virtues", Virtue.class);
        return Collections.unmodifiableMap(kinds);
    }

    /** The constant of {@code kind} whose code is exactly {@code code} (a level may come as 3, 3.0 or "3"). */
    public static <E extends ThaiNamed> Optional<E> find(Class<E> kind, Object code) {
        if (code == null) {
            return Optional.empty();
        }
        // process variables and JSON bring whole numbers as Long or Double
        String wanted = code instanceof Number n && n.doubleValue() == n.longValue() ? Long.toString(n.longValue())
                : code.toString();
        return values(kind).stream().filter(e -> e.code().equals(wanted)).findFirst();
    }

    /** The Thai name of a code; null for no code, the code itself for one this kind does not know. */
    public static String of(Class<? extends ThaiNamed> kind, Object code) {
        return code == null ? null : find(kind, code).map(ThaiNamed::thai).orElse(code.toString());
    }

    /** Code → Thai name, in the enum's order (which is the order choices are offered in). */
    public static Map<String, String> all(Class<? extends ThaiNamed> kind) {
        Map<String, String> names = new LinkedHashMap<>();
        values(kind).forEach(e -> names.put(e.code(), e.thai()));
        return Collections.unmodifiableMap(names);
    }

    /** "CODE (ชื่อ), CODE (ชื่อ) หรือ CODE (ชื่อ)", for a Thai message that says what a field takes. */
    public static String choices(List<? extends ThaiNamed> allowed) {
        List<String> each = allowed.stream().map(e -> e.code() + " (" + e.thai() + ")").toList();
        return each.size() == 1 ? each.get(0)
                : String.join(", ", each.subList(0, each.size() - 1)) + " หรือ " + each.get(each.size() - 1);
    }

    private static <E extends ThaiNamed> List<E> values(Class<E> kind) {
        return Arrays.asList(kind.getEnumConstants());
    }
}
