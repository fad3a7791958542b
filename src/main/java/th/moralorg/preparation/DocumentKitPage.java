package th.moralorg.preparation;

import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import th.moralorg.reference.ThaiNames;
import th.moralorg.reference.Virtue;
import th.moralorg.web.Redirects;
import th.moralorg.web.PageController;

/**
 * The printable document kit (seed 5.1.3, forms อ.01–อ.05 and the 9-step guideline), public: the
 * PCO confirms it in the task "ยืนยันความพร้อมของชุดเอกสาร" and hands it to organisations.
 */
@PageController
class DocumentKitPage {

    static final String PATH = "/kit";

    @GetMapping(PATH)
    String kit(Model model) {
        model.addAttribute("virtues", ThaiNames.all(Virtue.class).values());
        return "preparation/kit";
    }

    /** The task form's link of running instances and old bookmarks. */
    @GetMapping("/kit.html")
    ResponseEntity<Void> oldAddress() {
        return Redirects.moved(PATH);
    }
}
