package th.moralorg.reference;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Where a case stands (docs/processes.md); stored in mo.organisation_case.status. */
public enum CaseStatus implements ThaiNamed {
    REGISTERED("ส่งแบบ อ.01 แล้ว รอตรวจ"),
    CORRECTION_REQUESTED("รอองค์กรแก้ไขแบบ อ.01"),
    REJECTED("ไม่รับเรื่อง"),
    ACCEPTED("รับเรื่องแล้ว รอการประชุมชี้แจง"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    SUBMITTED("ส่งรายงานแล้ว รอตรวจความครบถ้วน"),
    REVISION_REQUESTED("รอองค์กรปรับปรุงรายงาน"),
    AWAITING_PROVINCIAL_REVIEW("รอการพิจารณาของคณะอนุกรรมการจังหวัด"),
    PROVINCIALLY_CERTIFIED("ผ่านการรับรองของจังหวัด"),
    NOT_CERTIFIED("ไม่ผ่านการรับรอง"),
    NATIONALLY_ENDORSED("ผ่านความเห็นชอบระดับชาติ"),
    NATIONALLY_NOT_ENDORSED("ไม่ผ่านความเห็นชอบระดับชาติ"),
    WITHDRAWN("ถอนตัว");

    private final String thai;

    CaseStatus(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }

    /**
     * The statuses of a case whose province certified a level, which it holds whatever the national
     * bodies decide (docs/access.md, the public registry): the certificate, the registry and the
     * national-database export mean these by "certified".
     */
    public static Set<CaseStatus> holdingALevel() {
        return EnumSet.of(PROVINCIALLY_CERTIFIED, NATIONALLY_ENDORSED, NATIONALLY_NOT_ENDORSED);
    }

    /** {@link #holdingALevel()} as an SQL list of literals, e.g. {@code ('A', 'B')}: planners see the list. */
    public static String holdingALevelSql() {
        return holdingALevel().stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ", "(", ")"));
    }
}
