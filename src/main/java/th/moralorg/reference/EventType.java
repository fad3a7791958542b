package th.moralorg.reference;

/** The kinds of provincial event (seed 5.2.2(1), (7); mo.provincial_event.event_type). */
public enum EventType implements ThaiNamed {
    ORIENTATION("ประชุมชี้แจง"),
    GOODNESS_MARKET("ตลาดนัดความดี"),
    MORAL_ASSEMBLY("สมัชชาคุณธรรม"),
    STUDY_VISIT("ศึกษาดูงาน");

    private final String thai;

    EventType(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
