package th.moralorg.reference;

/** Where a mail in the outbox stands (mo.notification.status, docs/notifications.md). */
public enum OutboxStatus implements ThaiNamed {
    PENDING("รอส่ง"),
    SENT("ส่งแล้ว"),
    FAILED("ส่งไม่สำเร็จ"),
    INVALID("ที่อยู่ไม่ถูกต้อง");

    private final String thai;

    OutboxStatus(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
