package th.moralorg.reference;

/** The forms of the kit, อ.01–อ.05 (/kit), by their code and title. */
public enum FormCode implements ThaiNamed {
    INTENT("อ.01", "แบบแสดงความจำนงเข้าร่วมโครงการส่งเสริมองค์กรคุณธรรม"),
    SELF_ASSESSMENT("อ.02", "แบบประเมินตนเอง"),
    SUCCESS_ASSESSMENT("อ.03", "แบบประเมินความสำเร็จ"),
    PLAN("อ.04", "แผนส่งเสริมและพัฒนาองค์กรคุณธรรม"),
    DECLARATION("อ.05", "ประกาศเจตนารมณ์");

    private final String code;
    private final String thai;

    FormCode(String code, String thai) {
        this.code = code;
        this.thai = thai;
    }

    /** e.g. "อ.01". */
    @Override
    public String code() {
        return code;
    }

    /** The form's title, e.g. "แบบประเมินความสำเร็จ". */
    @Override
    public String thai() {
        return thai;
    }

    /** Title and code as mails name a form, e.g. "แบบประเมินความสำเร็จ อ.03". */
    public String label() {
        return thai + " " + code;
    }
}
