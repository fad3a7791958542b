package th.moralorg.identity;

import java.util.Set;
import java.util.TreeSet;

import th.moralorg.errors.ApiProblem;

/**
 * Who calls our own REST API ({@code /api/**}), authenticated by HTTP Basic against Camunda's
 * users. A PCO officer acts only for the provinces of their {@code pco-XX} groups; DRA for all.
 */
public record ApiCaller(String userId, Set<String> groups) {

    /** The request attribute under which {@link ApiAuthentication} leaves the caller. */
    public static final String ATTRIBUTE = "th.moralorg.apiCaller";

    public boolean isDra() {
        return groups.contains(Roles.DRA);
    }

    /**
     * DRA, managers and administrators read every province's cases (the case list, the
     * dashboard: docs/access.md "Who lists what"); a PCO only those of its {@link #provinces()}.
     */
    public boolean readsEveryProvince() {
        return isDra() || groups.contains(Roles.MANAGERS) || groups.contains(Roles.ADMINISTRATORS);
    }

    /** The provinces whose PCO group the caller belongs to. */
    public Set<String> provinces() {
        Set<String> codes = new TreeSet<>();
        for (String group : groups) {
            if (group.matches("pco-\\d{2}")) {
                codes.add(group.substring(4));
            }
        }
        return codes;
    }

    public boolean mayActFor(String provinceCode) {
        return isDra() || groups.contains(ProvinceTenants.officerGroupOf(provinceCode));
    }

    /** Refuses (403) unless the caller may act for the province. */
    public void requireProvince(String provinceCode) {
        if (!mayActFor(provinceCode)) {
            throw ApiProblem.forbidden("ไม่มีสิทธิ์ดำเนินการแทนจังหวัดรหัส " + provinceCode);
        }
    }

    /** Refuses (403) unless the caller is a DRA officer. */
    public void requireDra() {
        if (!isDra()) {
            throw ApiProblem.forbidden("เฉพาะเจ้าหน้าที่กรมการศาสนาเท่านั้นที่ดำเนินการนี้ได้");
        }
    }
}
