package th.moralorg.reference;

/** The type an organisation gives on form อ.01 (mo.organisation.org_type); names as in docs/domain-research 4.3 where it has them. */
public enum OrganisationType implements ThaiNamed {
    GOVERNMENT("หน่วยงานภาครัฐ"),
    STATE_ENTERPRISE("รัฐวิสาหกิจ"),
    LOCAL_GOVERNMENT("องค์กรปกครองส่วนท้องถิ่น"),
    SCHOOL("สถานศึกษา"),
    RELIGIOUS("องค์กรศาสนา"),
    PRIVATE("ภาคเอกชน"),
    COMMUNITY("ชุมชนหรือองค์กรภาคประชาสังคม");

    private final String thai;

    OrganisationType(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
