package th.moralorg.organisationcase;

import java.util.Collection;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

import th.moralorg.identity.CurrentUser;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.identity.Roles;

/** Who may see a case outside Tasklist: its province's officers, DRA, managers, admins, its organisation. */
@Component
class CaseAccess {

    private final IdentityService identity;

    CaseAccess(IdentityService identity) {
        this.identity = identity;
    }

    boolean mayRead(Cases.CaseSummary c) {
        return mayRead(c, CurrentUser.groups(identity));
    }

    /** The same for a page's caller ({@code identity.PageCaller}), by their groups. */
    static boolean mayRead(Cases.CaseSummary c, Collection<String> groups) {
        return groups.contains(ProvinceTenants.officerGroupOf(c.provinceCode()))
                || groups.contains(Roles.DRA) || groups.contains(Roles.MANAGERS)
                || groups.contains(Roles.ADMINISTRATORS)
                || groups.contains(OrganisationAccess.groupOf(c.organisationId()));
    }

    /** Uploading evidence: the organisation itself or its province's officers. */
    boolean mayAddEvidence(Cases.CaseSummary c) {
        return mayAddEvidence(c, CurrentUser.groups(identity));
    }

    static boolean mayAddEvidence(Cases.CaseSummary c, Collection<String> groups) {
        return groups.contains(ProvinceTenants.officerGroupOf(c.provinceCode()))
                || groups.contains(OrganisationAccess.groupOf(c.organisationId()));
    }

    /**
     * Writing the organisation's own steps on our pages (plan อ.04, progress report): its coordinators
     * only; officers read what was sent on the case page.
     */
    static boolean coordinates(Cases.CaseSummary c, Collection<String> groups) {
        return groups.contains(OrganisationAccess.groupOf(c.organisationId()));
    }

    String user() {
        return CurrentUser.of(identity).orElseThrow();
    }
}
