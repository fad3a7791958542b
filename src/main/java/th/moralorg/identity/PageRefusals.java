package th.moralorg.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import th.moralorg.errors.ApiProblem;
import th.moralorg.web.PageController;

/**
 * A page's refusal (no right to the province, nothing under that number, not in this step) as a
 * page in the layout with its Thai message and status; ahead of the /api handler, which answers
 * problem details, for {@link PageController}s only.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageRefusals {

    private final SignedInPerson signedIn;

    PageRefusals(SignedInPerson signedIn) {
        this.signedIn = signedIn;
    }

    @ExceptionHandler(ApiProblem.class)
    ModelAndView refused(ApiProblem problem, HttpServletRequest request, HttpServletResponse response) {
        // exception handlers get no @ModelAttribute: the layout's header and navigation are added here
        ExtendedModelMap model = new ExtendedModelMap();
        signedIn.addTo(request, model);
        model.addAttribute("status", problem.status());
        model.addAttribute("message", problem.getMessage());
        response.setStatus(problem.status());
        return new ModelAndView("identity/refused", model);
    }
}
