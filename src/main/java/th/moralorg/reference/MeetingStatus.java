package th.moralorg.reference;

/** Where a provincial subcommittee meeting stands (mo.review_meeting.status). */
public enum MeetingStatus implements ThaiNamed {
    OPEN("รอกำหนดวัน สถานที่ และองค์ประชุม"),
    SCHEDULED("กำหนดวันประชุมแล้ว — บันทึกมติได้"),
    DECIDED("ยืนยันมติแล้ว"),
    REPORTED("ส่งรายงานถึงกรมการศาสนาแล้ว"),
    CLOSED("ปิดการประชุมแล้ว");

    private final String thai;

    MeetingStatus(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
