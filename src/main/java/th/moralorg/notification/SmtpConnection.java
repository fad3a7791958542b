package th.moralorg.notification;

import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One sender thread's SMTP connection, kept open from one mail to the next while the outbox has
 * work (a new connection per mail costs more than the mail), renewed after
 * {@value #MAILS_PER_CONNECTION} mails or any error, closed when the outbox is empty.
 */
final class SmtpConnection implements AutoCloseable {

    static final int MAILS_PER_CONNECTION = 100;

    /** The SMTP server could not be reached or refused the session: no use trying other mail now. */
    static final class Unavailable extends MessagingException {
        Unavailable(MessagingException cause) {
            super("SMTP server unavailable: " + cause.getMessage(), cause);
        }
    }

    private final JavaMailSender mail;
    private Transport transport;
    private int sent;

    SmtpConnection(JavaMailSender mail) {
        this.mail = mail;
    }

    void send(MimeMessage message) throws MessagingException {
        if (!(mail instanceof JavaMailSenderImpl impl)) {
            mail.send(message);
            return;
        }
        try {
            if (transport == null || !transport.isConnected() || sent >= MAILS_PER_CONNECTION) {
                close();
                transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
                try {
                    transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
                } catch (MessagingException e) {
                    throw new Unavailable(e);
                }
            }
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            sent++;
        } catch (MessagingException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is given up anyway
            }
            transport = null;
            sent = 0;
        }
    }
}
