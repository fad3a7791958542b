package th.moralorg.reference;

/** What an issued document of the register is (mo.issued_document.kind); each kind numbers on its own. */
public enum DocumentKind implements ThaiNamed {
    LEVEL_CERTIFICATE("เกียรติบัตรองค์กรคุณธรรม");

    private final String thai;

    DocumentKind(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
