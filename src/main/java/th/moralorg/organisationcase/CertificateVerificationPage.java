package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.Level;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.web.PageController;

/**
 * The public page behind a certificate's QR code, {@code /certificates/<token>} (issue 16 item 3,
 * first part): anyone checks that the paper in their hands was issued, to whom, for which level,
 * year and number, and whether the level still stands. Only what the certificate itself prints;
 * nothing of coordinators or heads. An unknown token answers 404 with a warning in Thai.
 */
@PageController
class CertificateVerificationPage {

    /** What {@code DocumentRegister} issues: 24 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

    record Verified(String reference, int version, String organisationName, String provinceName, int fiscalYear,
            String levelTitle, String issuedOn, boolean standsNow) {
    }

    private final DocumentRegister register;
    private final Cases cases;
    private final Provinces provinces;
    private final Clock clock;

    CertificateVerificationPage(DocumentRegister register, Cases cases, Provinces provinces, Clock clock) {
        this.register = register;
        this.cases = cases;
        this.provinces = provinces;
        this.clock = clock;
    }

    @GetMapping(Certificates.VERIFY_PATH + "{token}")
    ModelAndView verify(@PathVariable String token) {
        Optional<Verified> verified = Optional.of(token).filter(t -> TOKEN.matcher(t).matches())
                .flatMap(register::byToken)
                .filter(issued -> DocumentKind.LEVEL_CERTIFICATE.name().equals(issued.kind()))
                .flatMap(issued -> cases.find(issued.subject()).map(c -> verified(issued, c)));
        ModelAndView page = new ModelAndView("organisationcase/certificate-verification");
        page.addObject("found", verified.isPresent());
        verified.ifPresent(v -> page.addObject("certificate", v));
        page.setStatus(verified.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        return page;
    }

    private Verified verified(DocumentRegister.Issued issued, Cases.CaseSummary c) {
        String province = provinces.findByCode(c.provinceCode()).map(Province::nameTh).orElse(c.provinceCode());
        // the level the paper states is the one certified when it was issued; the case says whether it stands
        String title = ThaiNames.find(Level.class, c.certifiedLevel()).map(Level::title).orElse("");
        return new Verified(issued.reference(), issued.version(), c.organisationName(), province, c.fiscalYear(),
                title, ThaiDates.longDate(issued.issuedAt(), clock.getZone()),
                Certificates.certified(c));
    }
}
