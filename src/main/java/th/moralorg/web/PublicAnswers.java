package th.moralorg.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages that show only what the programme publishes (the registry, a certificate's
 * verification) may be kept by browsers and shared caches for a while, with an ETag to ask again
 * cheaply (web.PublicReadConfiguration). Only when nobody is signed in: the layout then shows no
 * person; a signed-in person's page names them and stays no-store ({@link PagesAreNotKept}).
 */
public final class PublicAnswers {

    public static final Duration KEEP = Duration.ofMinutes(5);

    private PublicAnswers() {
    }

    public static void mayBeKept(HttpServletRequest request, HttpServletResponse response) {
        if (request.getUserPrincipal() == null) {
            response.setHeader("Cache-Control", "public, max-age=" + KEEP.toSeconds());
        }
    }
}
