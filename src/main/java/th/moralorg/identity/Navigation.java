package th.moralorg.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;


/** The layout's navigation: only the entries the person's groups may use (docs/access.md). */
final class Navigation {

    /**
     * One entry; {@code current} when the page shown is the entry's own ({@code aria-current}).
     */
    record Entry(String label, String href, boolean current) {
    }

    static final String TASKLIST = "/camunda/app/tasklist/";
    static final String OFFICE = "/office";
    static final String CASES = "/cases";
    /** The programme dashboard (dashboard.DashboardPage): who lists cases sees their figures. */
    static final String DASHBOARD = "/dashboard";
    static final String COCKPIT = "/camunda/app/cockpit/";
    static final String ADMIN = "/camunda/app/admin/";
    static final String NOTIFICATIONS = "/admin/notifications";
    static final String EMBLEM = "/admin/emblem";
    /** DRA's national round (national.NationalRoundPage). */
    static final String NATIONAL_ROUNDS = "/national/rounds";
    /** The coordinator's own organisations (organisationcase.OrganisationHomePage). */
    static final String ORGANISATION = "/organisation";
    /** The public pages (registry package, organisationcase.StatusLookupPage): for everyone, signed in or not. */
    static final String REGISTRY = "/registry";
    static final String CERTIFICATES = "/certificates";
    static final String STATUS = "/status";

    private Navigation() {
    }

    /** The entries for {@code person} (empty: an anonymous visitor) on the page at {@code path}. */
    static List<Entry> of(Optional<Person> person, String path) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry("หน้าแรก", "/", path.equals("/")));
        if (person.isEmpty()) {
            entries.add(new Entry("ทะเบียนองค์กรคุณธรรม", REGISTRY, path.equals(REGISTRY)));
            entries.add(new Entry("ตรวจสอบเกียรติบัตร", CERTIFICATES, path.equals(CERTIFICATES)));
            entries.add(new Entry("ติดตามสถานะเรื่อง", STATUS, path.equals(STATUS)));
            return entries;
        }
        Person p = person.get();
        boolean office = p.isOfficer() || p.isIn(Roles.DRA);
        boolean administrator = p.isIn(Roles.ADMINISTRATORS);
        if (office || p.isCoordinator() || p.isIn(Roles.MANAGERS) || administrator) {
            entries.add(new Entry("ระบบรายการงาน", TASKLIST, false));
        }
        // the case list: a PCO its province's cases, DRA, managers and administrators any province's
        if (office || p.isIn(Roles.MANAGERS) || administrator) {
            entries.add(new Entry("รายการองค์กร", CASES, path.equals(CASES)));
            entries.add(new Entry("ภาพรวมโครงการ", DASHBOARD, path.equals(DASHBOARD)));
        }
        if (p.isCoordinator()) {
            entries.add(new Entry("องค์กรของฉัน", ORGANISATION, path.equals(ORGANISATION)));
        }
        if (office) {
            entries.add(new Entry("งานของสำนักงาน", OFFICE, path.equals(OFFICE)));
        }
        if (p.isIn(Roles.DRA)) {
            entries.add(new Entry("การพิจารณาระดับชาติ", NATIONAL_ROUNDS, path.startsWith(NATIONAL_ROUNDS)));
        }
        if (p.isIn(Roles.MANAGERS) || p.isIn(Roles.DRA) || administrator) {
            entries.add(new Entry("รายงานและติดตามกระบวนการ", COCKPIT, false));
        }
        if (administrator) {
            entries.add(new Entry("ผู้ดูแลระบบ", ADMIN, false));
            entries.add(new Entry("อีเมลแจ้งเตือน", NOTIFICATIONS, path.equals(NOTIFICATIONS)));
            entries.add(new Entry("ตราในหนังสือ", EMBLEM, path.equals(EMBLEM)));
        }
        // what the programme publishes, at hand for officers answering the public too
        entries.add(new Entry("ทะเบียนองค์กรคุณธรรม", REGISTRY, path.equals(REGISTRY)));
        return entries;
    }
}
