package th.moralorg.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * A page shows who is signed in and their province's data: a browser must not keep it, or it
 * would show it from its cache after signing out, without asking whether the person may see it.
 */
@ControllerAdvice(annotations = PageController.class)
class PagesAreNotKept {

    @ModelAttribute
    void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
    }
}
