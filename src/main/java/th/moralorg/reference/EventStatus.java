package th.moralorg.reference;

/** Where a provincial event stands (mo.provincial_event.status). */
public enum EventStatus implements ThaiNamed {
    PLANNED("วางแผนแล้ว"),
    HELD("จัดกิจกรรมแล้ว");

    private final String thai;

    EventStatus(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
