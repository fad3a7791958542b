package th.moralorg.organisationcase;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

import th.moralorg.web.Redirects;

/** The redirects of this package's pages. */
final class Pages {

    private Pages() {
    }

    /** After a post that worked (web.Redirects), as the model and view the pages answer with. */
    static ModelAndView seeOther(String path) {
        return new ModelAndView(Redirects.seeOther(path));
    }

    /** An old address (a static .html page, in mail already sent and bookmarks): 301, the query kept. */
    static ModelAndView moved(String path) {
        RedirectView moved = new RedirectView(path, true);
        moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        moved.setPropagateQueryParams(true);
        return new ModelAndView(moved);
    }
}
