package th.moralorg.organisationcase;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.identity.Roles;
import th.moralorg.web.PageController;

/**
 * The organisation's own home, {@code /organisation} (issue 11, item 4), for the signed-in
 * coordinator: every organisation of their groups with its cases ({@link OrganisationHome}). Only
 * their own organisations: the groups decide, nothing the request names. Anyone else signed in
 * (officers, DRA, managers, administrators) gets a note in Thai and the way to their own pages.
 */
@PageController
class OrganisationHomePage {

    static final String PATH = "/organisation";

    private final OrganisationHome home;
    private final IdentityService identity;

    OrganisationHomePage(OrganisationHome home, IdentityService identity) {
        this.home = home;
        this.identity = identity;
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        ApiCaller caller = PageCaller.of(request, identity);
        List<OrganisationHome.Organisation> organisations = home.of(caller.groups());
        model.addAttribute("organisations", organisations);
        model.addAttribute("office", !caller.provinces().isEmpty() || caller.isDra());
        model.addAttribute("tasklist", !organisations.isEmpty() || !caller.provinces().isEmpty() || caller.isDra()
                || caller.groups().contains(Roles.MANAGERS) || caller.groups().contains(Roles.ADMINISTRATORS));
        return "organisationcase/organisation-home";
    }
}
