package th.moralorg.organisationcase;

import java.util.List;

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
        List<String> groups = CurrentUser.groups(identity);
        return groups.contains(ProvinceTenants.officerGroupOf(c.provinceCode()))
                || groups.contains(Roles.DRA) || groups.contains(Roles.MANAGERS)
                || groups.contains(Roles.ADMINISTRATORS)
                || groups.contains(OrganisationAccess.groupOf(c.organisationId()));
    }

    /** Uploading evidence: the organisation itself or its province's officers. */
    boolean mayAddEvidence(Cases.CaseSummary c) {
        List<String> groups = CurrentUser.groups(identity);
        return groups.contains(ProvinceTenants.officerGroupOf(c.provinceCode()))
                || groups.contains(OrganisationAccess.groupOf(c.organisationId()));
    }

    String user() {
        return CurrentUser.of(identity).orElseThrow();
    }
}
