package th.moralorg.identity;

import java.util.List;

/**
 * The ids of the local run's demo users (password "demo", created only by the local run in
 * src/test). Production refuses to start while any of them exists.
 */
public final class DemoAccounts {

    public static final String BANGKOK_OFFICER = "officer.10";
    public static final String CHIANG_MAI_OFFICER = "officer.50";
    public static final String DRA_OFFICER = "dra.officer";
    public static final String MANAGER = "manager";
    public static final String ADMIN = "admin";
    /** The coordinator of the demo organisations in Chiang Mai. */
    public static final String DEMO_COORDINATOR = "somchai@example.org";

    public static final List<String> IDS = List.of(BANGKOK_OFFICER, CHIANG_MAI_OFFICER, DRA_OFFICER, MANAGER, ADMIN,
            DEMO_COORDINATOR);

    private DemoAccounts() {
    }
}
