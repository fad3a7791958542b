package th.moralorg.reference;

/** The three levels of a moral organisation (docs/processes.md; the DRA's "9 ขั้นตอน 3 ระดับ"). */
public enum Level implements ThaiNamed {
    ONE(1, "องค์กรส่งเสริมคุณธรรม"),
    TWO(2, "องค์กรคุณธรรม"),
    THREE(3, "องค์กรคุณธรรมต้นแบบ");

    private final int number;
    private final String title;

    Level(int number, String title) {
        this.number = number;
        this.title = title;
    }

    public int number() {
        return number;
    }

    /** The level's name alone, e.g. "องค์กรคุณธรรมต้นแบบ". */
    public String title() {
        return title;
    }

    @Override
    public String code() {
        return Integer.toString(number);
    }

    /** As lists and exports show it, e.g. "ระดับ 3 องค์กรคุณธรรมต้นแบบ". */
    @Override
    public String thai() {
        return "ระดับ " + number + " " + title;
    }
}
