package th.moralorg.reference;

/** A provincial subcommittee's resolution on a case (mo.review_item.resolution, the case's provincialDecision). */
public enum Decision implements ThaiNamed {
    CERTIFIED("รับรอง"),
    REVISE("ให้ปรับปรุง"),
    NOT_CERTIFIED("ไม่รับรอง"),
    CARRIED_OVER("เลื่อนไปพิจารณาครั้งถัดไป"),
    WITHDRAWN("ถอนตัว (ออกจากบัญชี)");

    private final String thai;

    Decision(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
