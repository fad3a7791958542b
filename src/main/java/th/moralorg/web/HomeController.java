package th.moralorg.web;

import org.springframework.web.bind.annotation.GetMapping;

/** The front page: the ways in for organisations and for officers. */
@PageController
class HomeController {

    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
