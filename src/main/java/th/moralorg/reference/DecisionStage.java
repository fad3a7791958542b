package th.moralorg.reference;

/** At which step a decision on a case was taken (mo.case_decision.stage). */
public enum DecisionStage implements ThaiNamed {
    INTENT_REVIEW("การตรวจสอบแบบ อ.01 ของสำนักงานวัฒนธรรมจังหวัด"),
    COMPLETENESS("การตรวจความครบถ้วนของเอกสาร"),
    PROVINCIAL("มติคณะอนุกรรมการส่งเสริมคุณธรรมจังหวัด"),
    NATIONAL("มติระดับชาติ");

    private final String thai;

    DecisionStage(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
