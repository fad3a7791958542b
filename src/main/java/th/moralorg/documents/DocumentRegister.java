package th.moralorg.documents;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.ThaiNames;

/**
 * The register of issued documents (mo.issued_document, issue 17): a number per office, fiscal year
 * and series ({@link DocumentKind#series()}: certificates, outgoing letters), without gaps and unique under concurrent issue; one document of a kind per subject
 * (asking again returns it); a reissue keeps the number and raises the version
 * (docs/architecture.md, Documents).
 */
@Service
public class DocumentRegister {

    /**
     * One issued document; {@code token} keys its public verification page. It is for an organisation
     * ({@code issuedTo}, a certificate) or for an {@code addressee} who is none (a letter).
     */
    public record Issued(long id, String office, int fiscalYear, String kind, int number, String prefix, String subject,
            Long issuedTo, String issuedBy, Instant issuedAt, int version, String revisedBy, Instant revisedAt,
            String token, String addressee) {
        /** As the paper prints it: "ที่ วธ ๐๔๕๐/๑๒". */
        public String reference() {
            return DocumentRegister.reference(prefix, number);
        }

        public String kindName() {
            return ThaiNames.of(DocumentKind.class, kind);
        }
    }

    /** "ที่ <prefix>/<number in Thai digits>", the official format of a document's number. */
    public static String reference(String prefix, int number) {
        return "ที่ " + prefix + "/" + ThaiNumerals.of(number);
    }

    /** Who issued a paper the system issues itself, on a step of the process (as issued_by keeps it). */
    public static final String BY_THE_SYSTEM = "system";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final DocumentSettings settings;
    private final Clock clock;

    DocumentRegister(JdbcClient jdbc, DocumentSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    public Optional<Issued> find(DocumentKind kind, String subject) {
        return jdbc.sql("select * from mo.issued_document where kind = ? and subject = ?")
                .params(kind.name(), subject).query(Issued.class).optional();
    }

    /** The document its verification page names; empty for a token that was never issued. */
    public Optional<Issued> byToken(String token) {
        return jdbc.sql("select * from mo.issued_document where token = ?").param(token).query(Issued.class).optional();
    }

    /** The documents of a kind and fiscal year with this number: one per office that has issued as many. */
    public List<Issued> numbered(DocumentKind kind, int fiscalYear, int number) {
        return jdbc.sql("select * from mo.issued_document where kind = ? and fiscal_year = ? and number = ? order by office")
                .params(kind.name(), fiscalYear, number).query(Issued.class).list();
    }

    /**
     * Every document issued about {@code subject} or a part of it ("<subject>/…", e.g. a case's
     * certificate of an event "<case number>/EVENT-<id>"), in the order issued.
     */
    public List<Issued> about(String subject) {
        return jdbc.sql("""
                select * from mo.issued_document where subject = ? or starts_with(subject, ? || '/')
                 order by issued_at, id""").params(subject, subject).query(Issued.class).list();
    }

    public Optional<Issued> find(long id) {
        return jdbc.sql("select * from mo.issued_document where id = ?").param(id).query(Issued.class).optional();
    }

    /** The subject's document of this kind for an organisation: the one issued before, or a new one with the office's next number. */
    @Transactional
    public Issued issue(String office, int fiscalYear, DocumentKind kind, String subject, long issuedTo, String issuedBy) {
        return issue(office, fiscalYear, kind, subject, issuedTo, null, issuedBy);
    }

    /** The same for a letter to {@code addressee} (no organisation of ours), e.g. "อธิบดีกรมการศาสนา". */
    @Transactional
    public Issued issueLetter(String office, int fiscalYear, DocumentKind kind, String subject, String addressee,
            String issuedBy) {
        return issue(office, fiscalYear, kind, subject, null, addressee, issuedBy);
    }

    private Issued issue(String office, int fiscalYear, DocumentKind kind, String subject, Long issuedTo, String addressee,
            String issuedBy) {
        jdbc.sql("""
                insert into mo.document_number_counter (office, fiscal_year, kind, last_value) values (?, ?, ?, 0)
                on conflict (office, fiscal_year, kind) do nothing""").params(office, fiscalYear, kind.series()).update();
        // issuers of one series wait here for each other; who comes second sees the first one's document
        int last = jdbc.sql("""
                select last_value from mo.document_number_counter where office = ? and fiscal_year = ? and kind = ?
                for update""").params(office, fiscalYear, kind.series()).query(Integer.class).single();
        Optional<Issued> before = find(kind, subject);
        if (before.isPresent()) {
            return before.get();
        }
        jdbc.sql("update mo.document_number_counter set last_value = ? where office = ? and fiscal_year = ? and kind = ?")
                .params(last + 1, office, fiscalYear, kind.series()).update();
        jdbc.sql("""
                insert into mo.issued_document (office, fiscal_year, kind, number, prefix, subject, issued_to, addressee,
                       issued_by, issued_at, token)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(office, fiscalYear, kind.name(), last + 1, settings.prefixOf(office), subject, issuedTo, addressee,
                        issuedBy, Timestamp.from(clock.instant()), token())
                .update();
        return find(kind, subject).orElseThrow();
    }

    /** The same number, the next version (the paper reads "ฉบับแก้ไขครั้งที่ n"); empty when never issued. */
    @Transactional
    public Optional<Issued> reissue(DocumentKind kind, String subject, String revisedBy) {
        int updated = jdbc.sql("""
                update mo.issued_document set version = version + 1, revised_by = ?, revised_at = ?
                where kind = ? and subject = ?""")
                .params(revisedBy, Timestamp.from(clock.instant()), kind.name(), subject).update();
        return updated == 0 ? Optional.empty() : find(kind, subject);
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
