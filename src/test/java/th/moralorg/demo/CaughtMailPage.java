package th.moralorg.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

import th.moralorg.support.CaughtMail;

/**
 * The local run's mailbox: every mail GreenMail caught, newest first, at /dev/mail, and each one
 * (subject, recipients, the Thai HTML and plain text) at /dev/mail/{n}. Demo profile only, and
 * only in src/test: the production jar has no such page.
 */
@RestController
@Profile("demo & !prod")
class CaughtMailPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final String HEAD = "<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"UTF-8\"><title>%s</title>"
            + "<style>body{font-family:Sarabun,'Noto Sans Thai',Tahoma,sans-serif;margin:24px;line-height:1.5}"
            + "td,th{padding:4px 10px;border-bottom:1px solid #ddd;text-align:left}pre{white-space:pre-wrap;"
            + "background:#f6f6f6;padding:12px}iframe{width:100%%;height:560px;border:1px solid #ccc}</style></head><body>";

    @GetMapping("/dev/mail")
    ResponseEntity<String> list() throws MessagingException {
        List<MimeMessage> mails = mails();
        StringBuilder page = new StringBuilder(HEAD.formatted("อีเมลที่ระบบส่ง (local run)"));
        page.append("<h1>อีเมลที่ระบบส่ง</h1><p>GreenMail รับไว้ทั้งหมด ").append(mails.size())
                .append(" ฉบับ (ใหม่สุดอยู่บนสุด) ไม่มีฉบับใดออกไปนอกเครื่องนี้</p>")
                .append("<table><tr><th>#</th><th>ถึง</th><th>หัวเรื่อง</th><th>เวลาที่ได้รับ</th></tr>");
        for (int i = mails.size() - 1; i >= 0; i--) {
            MimeMessage m = mails.get(i);
            page.append("<tr><td>").append(i + 1).append("</td><td>").append(esc(recipients(m)))
                    .append("</td><td><a href=\"/dev/mail/").append(i + 1).append("\">").append(esc(m.getSubject()))
                    .append("</a></td><td>").append(esc(String.valueOf(m.getReceivedDate()))).append("</td></tr>");
        }
        return ResponseEntity.ok().contentType(HTML).body(page.append("</table></body></html>").toString());
    }

    @GetMapping("/dev/mail/{number}")
    ResponseEntity<String> show(@PathVariable int number) throws MessagingException, IOException {
        List<MimeMessage> mails = mails();
        if (number < 1 || number > mails.size()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body("ไม่พบอีเมลฉบับที่ " + number);
        }
        MimeMessage m = mails.get(number - 1);
        String[] bodies = new String[2];
        collect(m, bodies);
        String page = HEAD.formatted(esc(m.getSubject())) + "<p><a href=\"/dev/mail\">← อีเมลทั้งหมด</a></p>"
                + "<h1>" + esc(m.getSubject()) + "</h1><p>จาก: " + esc(Arrays.toString(m.getFrom())) + "<br>ถึง: "
                + esc(recipients(m)) + "</p><h2>ฉบับ HTML</h2><iframe sandbox srcdoc=\""
                + esc(bodies[1] == null ? "" : bodies[1]) + "\"></iframe><h2>ฉบับข้อความล้วน</h2><pre>"
                + esc(bodies[0] == null ? "" : bodies[0]) + "</pre></body></html>";
        return ResponseEntity.ok().contentType(HTML).body(page);
    }

    private static List<MimeMessage> mails() {
        GreenMail server = CaughtMail.server();
        return server == null || !server.isRunning() ? List.of() : new ArrayList<>(List.of(server.getReceivedMessages()));
    }

    /** Finds the text/plain (0) and text/html (1) parts. */
    private static void collect(Part part, String[] bodies) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && bodies[0] == null) {
            bodies[0] = part.getContent().toString();
        } else if (part.isMimeType("text/html") && bodies[1] == null) {
            bodies[1] = part.getContent().toString();
        } else if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, bodies);
            }
        }
    }

    private static String recipients(MimeMessage m) throws MessagingException {
        return m.getAllRecipients() == null ? "" : Arrays.toString(m.getAllRecipients());
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
