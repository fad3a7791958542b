package th.moralorg.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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

    /** An old address (a static .html page, in mail already sent and bookmarks): for good (301). */
    public static ResponseEntity<Void> moved(String location) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(location)).build();
    }
}
