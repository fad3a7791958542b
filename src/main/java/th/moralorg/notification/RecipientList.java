package th.moralorg.notification;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Recipients as a BPMN model writes them: a collection, or one string separated by commas, semicolons or spaces. */
final class RecipientList {

    private RecipientList() {
    }

    static List<String> of(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> many) {
            return many.stream().filter(v -> v != null).flatMap(v -> of(v).stream()).toList();
        }
        if (value instanceof Object[] array) {
            return of(Arrays.asList(array));
        }
        return Arrays.stream(value.toString().split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }
}
