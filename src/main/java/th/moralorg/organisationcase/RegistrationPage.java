package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Provinces;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * Form อ.01 for anyone (seed 5.2.1(1), {@code /register}) and its correction behind the one-time
 * link of the PCO's request ({@code /register/correction?token=…}): the choices come from
 * reference data, {@link RegistrationService} and {@link RegistrationCorrections} check and store
 * exactly as for the API, and a refusal shows the form again with each Thai message under its field.
 */
@PageController
class RegistrationPage {

    static final String PATH = "/register";
    static final String CORRECTION = "/register/correction";
    private static final String TEMPLATE = "organisationcase/register";
    /** The fields of the form, in its order; what a refused post showed is shown again. */
    static final List<String> FIELDS = List.of("organisationName", "organisationType", "parentBody", "address",
            "provinceCode", "executiveCount", "memberCount", "headName", "coordinatorName", "coordinatorPosition",
            "coordinatorPhone", "coordinatorEmail", "fiscalYear", "consent");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistrationService registrations;
    private final RegistrationCorrections corrections;
    private final Provinces provinces;
    private final Clock clock;

    RegistrationPage(RegistrationService registrations, RegistrationCorrections corrections, Provinces provinces,
            Clock clock) {
        this.registrations = registrations;
        this.corrections = corrections;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** The old page; a correction link mailed before comes with its token after "#" (js/one-time-link.js). */
    @GetMapping("/register.html")
    ResponseEntity<Void> old(HttpServletRequest request) {
        return Redirects.moved(request, PATH);
    }

    /** After a post that worked, the notice and the case number (flash attributes) alone. */
    @GetMapping(PATH)
    ModelAndView form(Model model) {
        return model.containsAttribute("caseNumber") ? new ModelAndView(TEMPLATE)
                : page(Map.of(), Map.of(), null, null, HttpStatus.OK);
    }

    @PostMapping(PATH)
    ModelAndView register(@RequestParam Map<String, String> input, RedirectAttributes redirect) {
        Map<String, String> form = fields(input);
        RegistrationService.Outcome outcome = registrations.register(form);
        if (outcome instanceof RegistrationService.Outcome.Registered registered) {
            redirect.addFlashAttribute("notice", RegistrationController.received(registered.caseNumber()));
            redirect.addFlashAttribute("caseNumber", registered.caseNumber());
            return new ModelAndView(Redirects.seeOther(PATH));
        }
        if (outcome instanceof RegistrationService.Outcome.Invalid invalid) {
            return page(form, invalid.errors(), RegistrationController.INVALID, null, HttpStatus.BAD_REQUEST);
        }
        return page(form, Map.of(), RegistrationController.duplicate((RegistrationService.Outcome.Duplicate) outcome),
                null, HttpStatus.CONFLICT);
    }

    @GetMapping(CORRECTION)
    ModelAndView correctionForm(@RequestParam(name = "token", required = false) String token, Model model) {
        if (model.containsAttribute("caseNumber")) {
            return new ModelAndView(TEMPLATE);
        }
        return corrections.current(token)
                .map(current -> page(lastSent(current.formJson()), Map.of(), null,
                        new Correction(token, current.caseNumber()), HttpStatus.OK))
                .orElseGet(() -> gone(RegistrationCorrections.LINK_GONE));
    }

    @PostMapping(CORRECTION)
    ModelAndView correct(@RequestParam Map<String, String> input, RedirectAttributes redirect) {
        Map<String, String> form = fields(input);
        Map<String, String> withToken = new HashMap<>(form);
        withToken.put("token", input.get("token"));
        RegistrationCorrections.Outcome outcome = corrections.correct(withToken);
        if (outcome instanceof RegistrationCorrections.Outcome.Corrected corrected) {
            redirect.addFlashAttribute("notice", CorrectionController.CORRECTED);
            redirect.addFlashAttribute("caseNumber", corrected.caseNumber());
            return new ModelAndView(Redirects.seeOther(CORRECTION));
        }
        if (outcome instanceof RegistrationCorrections.Outcome.Invalid invalid) {
            String caseNumber = corrections.current(input.get("token")).map(RegistrationCorrections.Current::caseNumber)
                    .orElse("");
            return page(form, invalid.errors(), invalid.detail(), new Correction(input.get("token"), caseNumber),
                    HttpStatus.BAD_REQUEST);
        }
        return gone(((RegistrationCorrections.Outcome.Gone) outcome).detail());
    }

    /** The link of a correction: where the form posts it back, and the case it corrects. */
    record Correction(String token, String caseNumber) {
    }

    private ModelAndView page(Map<String, ?> form, Map<String, String> errors, String problem, Correction correction,
            HttpStatus status) {
        FiscalYear current = FiscalYear.containing(LocalDate.now(clock));
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("errors", errors);
        model.put("provinces", provinces.findAll());
        model.put("types", RegistrationForm.TYPES);
        model.put("years", List.of(current.buddhistYear(), current.next().buddhistYear()));
        if (problem != null) {
            model.put("problem", problem);
        }
        if (correction != null) {
            model.put("correction", correction);
            Object province = form.get("provinceCode");
            model.put("provinceName", provinces.findByCode(String.valueOf(province)).map(p -> p.nameTh())
                    .orElse(String.valueOf(province)));
        }
        return new ModelAndView(TEMPLATE, model, status);
    }

    private static ModelAndView gone(String detail) {
        return new ModelAndView(TEMPLATE, Map.of("gone", detail), HttpStatus.GONE);
    }

    /** Only the form's own fields, as sent (the CSRF field and the token are not the form's). */
    private static Map<String, String> fields(Map<String, String> input) {
        Map<String, String> form = new LinkedHashMap<>();
        FIELDS.forEach(field -> {
            if (input.containsKey(field)) {
                form.put(field, input.get(field));
            }
        });
        return form;
    }

    /** The อ.01 last received, as text for the inputs. */
    private static Map<String, String> lastSent(String json) {
        try {
            Map<String, Object> data = JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
            Map<String, String> form = new LinkedHashMap<>();
            data.forEach((field, value) -> {
                if (value != null && FIELDS.contains(field) && !"consent".equals(field)) {
                    form.put(field, String.valueOf(value));
                }
            });
            return form;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored อ.01 that is no JSON", e);
        }
    }
}
