package th.moralorg.errors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A server error of our own API on purpose (tests only): what a bug would answer. */
@RestController
class FailingApiEndpoint {

    static final String PATH = "/api/test/failing";
    static final String CAUSE = "connection to 10.0.0.7 refused for user moralorg";

    @GetMapping(PATH)
    String fail() {
        throw new IllegalStateException(CAUSE);
    }
}
