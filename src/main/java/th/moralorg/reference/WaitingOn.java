package th.moralorg.reference;

/**
 * Whom a case waits on where it stands now (mo.organisation_case.waiting_on, docs/processes.md
 * "Where a case stands"): for a task, who may do it; for a message or a timer, the
 * {@code waitingOn} property of the wait state in the model.
 */
public enum WaitingOn implements ThaiNamed {
    ORGANISATION("รอองค์กร"),
    OFFICE("รอสำนักงานวัฒนธรรมจังหวัด"),
    SUBCOMMITTEE("รอคณะอนุกรรมการจังหวัด"),
    NATIONAL("รอระดับชาติ (กรมการศาสนา)"),
    TIME("รอถึงกำหนดเวลา"),
    NOBODY("เรื่องปิดแล้ว");

    private final String thai;

    WaitingOn(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
