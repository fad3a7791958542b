package th.moralorg.identity;

/**
 * Province isolation rides on Camunda tenants: every process instance about a province lives in
 * that province's tenant, everything national in {@link #NATIONAL}. A tenant wall keeps the
 * inbox query fast at national scale (docs/architecture.md, "Province isolation").
 */
public final class ProvinceTenants {

    public static final String NATIONAL = "national";
    /** The process variable that places an instance in its province's tenant. */
    public static final String PROVINCE_VARIABLE = "provinceCode";
    /**
     * Processes about a province that DRA alone works (a provincial report at DRA): national
     * tenant although they carry a provinceCode, so no PCO sees their tasks.
     */
    public static final java.util.Set<String> NATIONAL_PROCESSES = java.util.Set.of("national-forwarding");

    private ProvinceTenants() {
    }

    public static String tenantOf(String provinceCode) {
        return "province-" + provinceCode;
    }

    public static String officerGroupOf(String provinceCode) {
        return "pco-" + provinceCode;
    }

    /** The office's head (วัฒนธรรมจังหวัด), who hears of escalated work. */
    public static String headGroupOf(String provinceCode) {
        return "pco-" + provinceCode + "-head";
    }
}
