package th.moralorg.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/** Where our pages send the browser: after a post that worked, and from an old address. */
public final class Redirects {

    private Redirects() {
    }

    /** After a form's post succeeds: the page again with GET (303), its notice as a flash attribute. */
    public static RedirectView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }

    /** The same, for a handler that answers with a view name. */
    public static String seeOther(HttpServletRequest request, String path) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:" + path;
    }

    /** An old address (a static .html page, in mail already sent and bookmarks): for good (301). */
    public static ResponseEntity<Void> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
    }

    /** The same page under its new path, with the query the old address was opened with. */
    public static ResponseEntity<Void> moved(HttpServletRequest request, String path) {
        return moved(path + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
    }
}
