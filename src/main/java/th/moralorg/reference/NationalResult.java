package th.moralorg.reference;

/** The national bodies' result on a provincially certified case (mo.national_item.result). */
public enum NationalResult implements ThaiNamed {
    ENDORSED("เห็นชอบ"),
    NOT_ENDORSED("ไม่เห็นชอบ");

    private final String thai;

    NationalResult(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
