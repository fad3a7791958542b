package th.moralorg.reference;

/**
 * What a mail of the outbox is about (mo.notification.kind), as the case page's timeline names it;
 * the code is the kind's id ({@code notification.NotificationKind#id}, one constant per kind).
 */
public enum MailKind implements ThaiNamed {
    REGISTRATION_RECEIVED("แจ้งได้รับแบบ อ.01"),
    REGISTRATION_ACCEPTED("แจ้งรับเข้าร่วมโครงการ"),
    CORRECTION_NEEDED("ขอให้แก้ไขแบบ อ.01"),
    TASK_WAITING("แจ้งงานรอดำเนินการ"),
    SUBMISSION_RECEIVED("แจ้งได้รับแบบประเมินตนเอง"),
    RETURNED_FOR_REVISION("แจ้งให้ปรับปรุงเอกสาร"),
    PROVINCIAL_DECISION("แจ้งผลการพิจารณาระดับจังหวัด"),
    NATIONAL_RESULT("แจ้งผลการพิจารณาระดับชาติ"),
    SITE_VISIT_PREPARATION("แจ้งเตรียมรับการลงพื้นที่"),
    EVENT_INVITATION("เชิญเข้าร่วมกิจกรรม"),
    EVENT_PARTICIPATION("แจ้งการเข้าร่วมกิจกรรมพร้อมเกียรติบัตร"),
    TRAINER_ASSIGNMENT("แจ้งวิทยากรที่ได้รับมอบหมาย"),
    TRAINER_ASSIGNED("แจ้งองค์กรว่ามอบหมายวิทยากรแล้ว"),
    REASSESSMENT_DUE("แจ้งถึงกำหนดประเมินปีถัดไป"),
    PROVINCE_INBOX("แจ้งงานใหม่ของสำนักงาน"),
    SLA_REMINDER("เตือนกำหนดส่งงาน"),
    ESCALATION("แจ้งหัวหน้าสำนักงานว่างานเกินกำหนด"),
    SUBCOMMITTEE_AGENDA("แจ้งวาระการประชุมคณะอนุกรรมการจังหวัด"),
    TASK_DIGEST("อีเมลสรุปงานรายวัน");

    private final String thai;

    MailKind(String thai) {
        this.thai = thai;
    }

    /** As mo.notification.kind stores it, e.g. {@code sla-reminder}. */
    @Override
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public String thai() {
        return thai;
    }
}
