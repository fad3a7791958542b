package th.moralorg.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A new coordinator's placeholder password passes Camunda's default password policy, which
 * production enables: at least 10 characters, lower and upper case, a digit, another character.
 * Before, about one account in 1,400 failed it and its registration could not be accepted.
 */
class UnguessablePasswordTests {

    @Test
    void everyPlaceholderPasswordPassesProductionsPolicy() {
        for (int i = 0; i < 20_000; i++) {
            String password = OrganisationAccess.unguessable();
            assertThat(password).hasSizeGreaterThanOrEqualTo(10).containsPattern("[a-z]").containsPattern("[A-Z]")
                    .containsPattern("[0-9]").containsPattern("[^a-zA-Z0-9]");
        }
    }
}
