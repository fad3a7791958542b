package th.moralorg.identity;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;


import th.moralorg.web.PageController;
import th.moralorg.web.RequestPaths;

/**
 * Puts who is signed in into every page's model: {@code person} (a {@link Person}, absent for an
 * anonymous visitor) and {@code navigation} (the {@link Navigation} entries). The servlet
 * request's principal names the Camunda user; nothing else is trusted for it.
 */
@ControllerAdvice(annotations = PageController.class)
class SignedInPerson {

    private final People people;

    SignedInPerson(People people) {
        this.people = people;
    }

    @ModelAttribute
    void addTo(HttpServletRequest request, Model model) {
        Principal principal = request.getUserPrincipal();
        Optional<Person> person = principal == null ? Optional.empty() : people.find(principal.getName());
        List<Navigation.Entry> navigation = Navigation.of(person, RequestPaths.normalised(request));
        model.addAttribute("person", person.orElse(null));
        model.addAttribute("navigation", navigation);
    }
}
