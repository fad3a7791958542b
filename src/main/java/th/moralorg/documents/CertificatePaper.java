package th.moralorg.documents;

import java.util.Optional;

/**
 * What every certificate of an office prints the same way (the level certificate, the event's
 * certificates of participation and of honour): A4 landscape, the register's number and revision,
 * the office, "เกียรติบัตร" and to whom; then the paper's own lines, and the space to sign.
 */
public final class CertificatePaper {

    private CertificatePaper() {
    }

    /** The head down to the recipient's name, for {@code issued} of {@code office} (e.g. "สำนักงานวัฒนธรรมจังหวัดเชียงใหม่"). */
    public static OfficialDocument open(String title, DocumentRegister.Issued issued, Optional<Emblem> emblem,
            String office, String recipient) {
        return head(new OfficialDocument(title, true), issued, emblem, office, recipient);
    }

    /** A batch of certificates to print at once: one landscape document, a certificate a page, no page numbers. */
    public static OfficialDocument batch(String title) {
        return new OfficialDocument(title, true, false);
    }

    /** The next certificate of a batch, on a page of its own. */
    public static OfficialDocument next(OfficialDocument batch, DocumentRegister.Issued issued, Optional<Emblem> emblem,
            String office, String recipient) {
        if (!batch.isEmpty()) {
            batch.newPage();
        }
        return head(batch, issued, emblem, office, recipient);
    }

    /**
     * The next certificate of a batch that is no paper of the register (an organisation honouring its
     * own people): no number, no emblem of the state.
     */
    public static OfficialDocument nextUnnumbered(OfficialDocument batch, String office, String recipient) {
        if (!batch.isEmpty()) {
            batch.newPage();
        }
        return body(batch, office, recipient);
    }

    private static OfficialDocument head(OfficialDocument doc, DocumentRegister.Issued issued, Optional<Emblem> emblem,
            String office, String recipient) {
        doc.paragraph(issued.reference());
        if (issued.version() > 1) {
            doc.right("ฉบับแก้ไขครั้งที่ " + ThaiNumerals.of(issued.version() - 1));
        }
        emblem.ifPresent(e -> doc.emblem(e, 2.5f));
        return body(doc, office, recipient);
    }

    private static OfficialDocument body(OfficialDocument doc, String office, String recipient) {
        return doc.centred(office, 20f, true)
                .gap()
                .centred("เกียรติบัตร", 32f, true)
                .centred("ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า", 18f, false)
                .gap()
                .centred(recipient, 26f, true)
                .gap();
    }

    /** The space to sign and the signer's positions, each line centred. */
    public static OfficialDocument signature(OfficialDocument doc, String... positions) {
        return signedBy(doc, null, positions);
    }

    /** The same with the signer's name in the brackets, when the paper knows it (dots otherwise). */
    public static OfficialDocument signedBy(OfficialDocument doc, String name, String... positions) {
        doc.gap().gap()
                .centred("..................................................", 16f, false)
                .centred("(" + (name == null || name.isBlank() ? ".................................................." : name)
                        + ")", 16f, false);
        for (String position : positions) {
            doc.centred(position, 16f, false);
        }
        return doc;
    }
}
