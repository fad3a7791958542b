package th.moralorg.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/** After a form's post succeeds, the browser goes to the page with GET (303), its notice as a flash attribute. */
public final class SeeOther {

    private SeeOther() {
    }

    public static RedirectView to(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }
}
