package th.moralorg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * The tests' SMTP server: one GreenMail per JVM on a free port, which a test may stop and start
 * again (SMTP down, then up) on the same port.
 */
public final class TestMail {

    private static GreenMail greenMail;
    private static int port;

    private TestMail() {
    }

    /** Starts the server if needed; returns its port. */
    public static synchronized int port() {
        if (greenMail == null) {
            port = freePort();
            start();
        }
        return port;
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    /** Starts the server (again) on the same port; mail caught before a stop is gone. */
    public static synchronized void start() {
        if (greenMail != null && greenMail.isRunning()) {
            return;
        }
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        CaughtMail.use(greenMail);
    }

    /** Every message caught so far whose recipients include {@code address}. */
    public static synchronized List<MimeMessage> to(String address) {
        if (greenMail == null || !greenMail.isRunning()) {
            return List.of();
        }
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    static synchronized void stopAfterTests() {
        stop();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
