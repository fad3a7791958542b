package th.moralorg.reference;

import java.util.Locale;

/**
 * What a mail from the office is about, as the organisation's home lists it (mo.notification.kind
 * holds the id, e.g. "registration-accepted"; notification.NotificationKind has the same constants).
 */
public enum MailKind implements ThaiNamed {
    REGISTRATION_RECEIVED("แจ้งการรับแบบ อ.01"),
    REGISTRATION_ACCEPTED("แจ้งรับเข้าร่วมโครงการ"),
    CORRECTION_NEEDED("แจ้งขอให้แก้ไขแบบ อ.01"),
    TASK_WAITING("แจ้งงานที่รอองค์กร"),
    SUBMISSION_RECEIVED("แจ้งการรับแบบประเมิน"),
    RETURNED_FOR_REVISION("แจ้งส่งกลับให้ปรับปรุงเอกสาร"),
    PROVINCIAL_DECISION("แจ้งมติของจังหวัด"),
    NATIONAL_RESULT("แจ้งผลระดับชาติ"),
    SITE_VISIT_PREPARATION("แจ้งเตรียมรับการติดตามเยี่ยมชม"),
    EVENT_INVITATION("เชิญเข้าร่วมกิจกรรมของจังหวัด"),
    REASSESSMENT_DUE("แจ้งรอบประเมินปีงบประมาณถัดไป"),
    PROVINCE_INBOX("แจ้งงานเข้าของจังหวัด"),
    SLA_REMINDER("แจ้งเตือนงานใกล้ครบกำหนด"),
    ESCALATION("แจ้งงานเกินกำหนดถึงผู้บังคับบัญชา"),
    SUBCOMMITTEE_AGENDA("แจ้งวาระการประชุมคณะอนุกรรมการจังหวัด"),
    TASK_DIGEST("แจ้งสรุปงานที่รอดำเนินการ");

    private final String thai;

    MailKind(String thai) {
        this.thai = thai;
    }

    /** The id the outbox stores, e.g. "registration-accepted". */
    @Override
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String thai() {
        return thai;
    }
}
