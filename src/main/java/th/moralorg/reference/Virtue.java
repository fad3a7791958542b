package th.moralorg.reference;

/**
 * The programme's five core virtues an organisation chooses as its targets (shared vision, plan
 * อ.04; docs/domain-research.md): the codes the forms store, the names the forms show.
 */
public enum Virtue implements ThaiNamed {
    SUFFICIENCY("พอเพียง"),
    DISCIPLINE("วินัย"),
    HONESTY("สุจริต"),
    VOLUNTEERING("จิตอาสา"),
    GRATITUDE("กตัญญู");

    private final String thai;

    Virtue(String thai) {
        this.thai = thai;
    }

    @Override
    public String thai() {
        return thai;
    }
}
