package th.moralorg.identity;

import java.util.Set;

/**
 * A signed-in person as our pages show them: their Camunda user id, their name, their office (in
 * Thai, from their groups) and their groups, which decide what they may open.
 */
public record Person(String userId, String displayName, String office, Set<String> groups) {

    public Person {
        groups = Set.copyOf(groups);
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    /** An officer of a Provincial Culture Office ({@code pco-NN}, not the office's head). */
    public boolean isOfficer() {
        return groups.stream().anyMatch(People::isOfficerGroup);
    }

    /** A coordinator of an organisation ({@code org-<id>}). */
    public boolean isCoordinator() {
        return groups.stream().anyMatch(People::isOrganisationGroup);
    }
}
