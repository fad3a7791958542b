package th.moralorg.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Waits for the job executor to finish a process instance's asynchronous continuations (the batched
 * deliveries of messaging.CaseMessages), as a person would wait for the page to catch up. A job that
 * failed fails the test at once with the job's exception.
 */
public final class Jobs {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Jobs() {
    }

    /** Runs the instance's jobs in this thread, for code that runs before the job executor starts. */
    public static void runNow(ManagementService management, String processInstanceId) {
        List<Job> jobs;
        while (!(jobs = management.createJobQuery().processInstanceId(processInstanceId).messages().listPage(0, 10))
                .isEmpty()) {
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    /** Waits for a job of the instance to fail (its retries left for later) and returns it. */
    public static Job awaitFailure(ManagementService management, String processInstanceId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            Job failed = management.createJobQuery().processInstanceId(processInstanceId).withException().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            if (failed != null) {
                return failed;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("No job of process instance " + processInstanceId + " failed within " + PATIENCE);
            }
            pause();
        }
    }

    public static void awaitDone(ManagementService management, String processInstanceId) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (management.createJobQuery().processInstanceId(processInstanceId).messages().count() > 0) {
            Job failed = management.createJobQuery().processInstanceId(processInstanceId).withException().listPage(0, 1)
                    .stream().findFirst().orElse(null);
            if (failed != null) {
                fail("Job " + failed.getId() + " failed: " + management.getJobExceptionStacktrace(failed.getId()));
            }
            if (Instant.now().isAfter(deadline)) {
                fail("The jobs of process instance " + processInstanceId + " did not finish within " + PATIENCE);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
    }
}
