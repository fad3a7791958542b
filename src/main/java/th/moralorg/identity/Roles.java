package th.moralorg.identity;

/** The groups of docs/architecture.md "People and access"; ids are a contract with BPMN models. */
public final class Roles {

    public static final String DRA = "dra";
    public static final String MANAGERS = "managers";
    public static final String ADMINISTRATORS = "camunda-admin";

    private Roles() {
    }
}
