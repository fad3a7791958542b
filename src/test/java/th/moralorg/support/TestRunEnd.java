package th.moralorg.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Stops the test contexts and the embedded server in order once all tests have run. */
public class TestRunEnd implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        EmbeddedPostgresServer.stopAfterTests();
        TestMail.stopAfterTests();
    }
}
