package th.moralorg.organisationcase;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** The redirects of this package's pages. */
final class Pages {

    private Pages() {
    }

    /** After a post that worked: 303, so that reloading the page sends nothing again. */
    static ModelAndView seeOther(String path) {
        return new ModelAndView(new RedirectView(path, true, false));
    }

    /** An old address (a static .html page, in mail already sent and bookmarks): 301, the query kept. */
    static ModelAndView moved(String path) {
        RedirectView moved = new RedirectView(path, true);
        moved.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
        moved.setPropagateQueryParams(true);
        return new ModelAndView(moved);
    }
}
