package th.moralorg.support;

import com.icegreen.greenmail.util.GreenMail;

/**
 * The GreenMail server that catches this JVM's mail, in the local run (LocalRun) and in the tests
 * (TestMail); read by the local run's /dev/mail page.
 */
public final class CaughtMail {

    private static volatile GreenMail server;

    private CaughtMail() {
    }

    public static GreenMail server() {
        return server;
    }

    public static void use(GreenMail greenMail) {
        server = greenMail;
    }
}
