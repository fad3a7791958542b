package th.moralorg.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.stereotype.Controller;

/**
 * A controller of server-rendered pages (templates in the layout, templates/layout.html). Only
 * these get the signed-in person and the navigation ({@link SignedInPerson}); the REST
 * controllers of /api do not pay for reading them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {
}
