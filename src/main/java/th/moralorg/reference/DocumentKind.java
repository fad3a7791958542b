package th.moralorg.reference;

/**
 * What an issued document of the register is (mo.issued_document.kind). Numbers run per
 * {@link #series()}: certificates on their own, every outgoing letter in the one series of the
 * office's outgoing-letter register (ทะเบียนหนังสือส่ง).
 */
public enum DocumentKind implements ThaiNamed {
    LEVEL_CERTIFICATE("เกียรติบัตรองค์กรคุณธรรม"),
    /** DRA's certificate of the national committee's endorsement (5.2.2(4)), issued with the result. */
    NATIONAL_CERTIFICATE("เกียรติบัตรองค์กรคุณธรรมระดับชาติ"),
    /** An organisation took part in a provincial event (5.2.2(1),(7)); subject "<case number>/EVENT-<event id>". */
    PARTICIPATION_CERTIFICATE("เกียรติบัตรการเข้าร่วมกิจกรรม"),
    /** An organisation was honoured at a provincial event (2.5, 5.2.2(7)); the same subject. */
    HONOUR_CERTIFICATE("เกียรติบัตรยกย่อง"),
    /** The office's letter inviting the provincial subcommittee's members to its meeting (5.2.2(3)). */
    SUBCOMMITTEE_INVITATION("หนังสือเชิญประชุมคณะอนุกรรมการจังหวัด", true),
    /** The office's covering letter to DRA with the organisations the subcommittee certified (5.2.2(4)). */
    CERTIFIED_LIST_LETTER("หนังสือนำส่งรายชื่อองค์กรที่ได้รับการรับรองถึงกรมการศาสนา", true),
    /** The office's letter telling an organisation the national bodies' result (5.2.2(4)). */
    NATIONAL_RESULT_NOTICE("หนังสือแจ้งผลการพิจารณาระดับชาติ", true),
    /** The office's notice to an endorsed organisation to prepare for its site visit (5.2.2(6)). */
    SITE_VISIT_NOTICE("หนังสือแจ้งเตรียมความพร้อมรับการตรวจเยี่ยม", true);

    /** The series of outgoing letters (mo.document_number_counter.kind). */
    public static final String LETTERS = "OUTGOING_LETTER";

    private final String thai;
    private final boolean letter;

    DocumentKind(String thai) {
        this(thai, false);
    }

    DocumentKind(String thai, boolean letter) {
        this.thai = thai;
        this.letter = letter;
    }

    /** Whose numbers this kind takes: {@link #LETTERS} for a letter, its own otherwise. */
    public String series() {
        return letter ? LETTERS : name();
    }

    @Override
    public String thai() {
        return thai;
    }
}
