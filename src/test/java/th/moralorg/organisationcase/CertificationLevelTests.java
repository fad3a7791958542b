package th.moralorg.organisationcase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import th.moralorg.support.IntegrationTest;

/**
 * The level proposed from the self-assessment (DMN certification-level, seed 5.2.1(4)), evaluated by
 * the deployed decision on the inputs the case computes from its forms (CaseFormListener.levelInputs):
 * mixed step scores, each boundary of the per cent achieved, a band with a step at 0, level 0, and
 * both fiscal-year rule sets (before 2566 the programme's first phase; docs/processes.md). The
 * thresholds are the documented assumptions; a change to them fails here first.
 */
@IntegrationTest
class CertificationLevelTests {

    @Autowired
    DecisionService decisions;

    @ParameterizedTest(name = "{0}: steps {1}, {2} of {3} achieved -> level {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # the current rules (2566 on)
            2569 | 2 2 2 2 2 2 2 2 2 | 10  | 10  | 3
            2569 | 2 1 2 1 1 2 1 2 1 | 7   | 10  | 3
            2569 | 2 1 2 1 1 2 1 2 1 | 69  | 100 | 2
            2569 | 1 1 1 1 1 1 1 1 1 | 2   | 3   | 2
            2569 | 2 2 2 2 2 2 2 0 2 | 10  | 10  | 2
            2569 | 2 2 2 1 1 1 0 0 0 | 50  | 100 | 2
            2569 | 2 2 2 1 1 1 2 2 2 | 49  | 100 | 1
            2569 | 1 1 1 0 2 2 2 2 2 | 10  | 10  | 1
            2569 | 1 2 1 2 2 2 2 2 2 | 0   | 10  | 1
            2569 | 0 2 2 2 2 2 2 2 2 | 10  | 10  | 0
            2569 | 0 0 0 0 0 0 0 0 0 | 0   | 5   | 0
            2566 | 2 2 2 2 2 2 2 2 2 | 65  | 100 | 2
            # the first phase's rules (before 2566): lower shares achieved
            2565 | 2 2 2 2 2 2 2 2 2 | 65  | 100 | 3
            2565 | 2 1 1 1 2 1 1 1 2 | 60  | 100 | 3
            2565 | 2 1 1 1 2 1 1 1 2 | 59  | 100 | 2
            2565 | 2 2 2 2 2 2 0 2 2 | 40  | 100 | 2
            2565 | 2 2 2 2 2 2 2 2 2 | 39  | 100 | 1
            2565 | 2 0 2 2 2 2 2 2 2 | 100 | 100 | 0
            """)
    void theLevelFollowsTheBandsAndTheShareAchieved(int fiscalYear, String steps, int achieved, int planned, int level) {
        int[] scores = java.util.Arrays.stream(steps.split(" ")).mapToInt(Integer::parseInt).toArray();
        Map<String, Object> inputs = new HashMap<>(CaseFormListener.levelInputs(scores, planned, achieved));
        inputs.put("fiscalYear", fiscalYear);
        Object proposed = decisions.evaluateDecisionTableByKey("certification-level").variables(inputs).evaluate()
                .getSingleResult().getSingleEntry();
        assertThat(((Number) proposed).intValue()).isEqualTo(level);
    }
}
