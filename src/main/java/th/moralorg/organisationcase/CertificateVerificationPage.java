package th.moralorg.organisationcase;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import th.moralorg.documents.DocumentRegister;
import th.moralorg.reference.CaseStatus;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Level;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;
import th.moralorg.validation.FieldErrors;
import th.moralorg.web.PageController;
import th.moralorg.web.PublicAnswers;

/**
 * The public page behind a certificate's QR code, {@code /certificates/<token>}, and the same
 * check by the number the paper prints, {@code /certificates?number=…&fiscalYear=…} (issue 16
 * item 3): anyone checks that the paper in their hands was issued, to whom, for which level and
 * year, by which office and when, and whether it was superseded (revised since: a later version
 * of the same number; or the level no longer stands). Only what the certificate itself prints;
 * nothing of coordinators or heads. An unknown token or number answers 404 with a warning in Thai.
 * Rate-limited and kept by caches like the registry (web.PublicReadRateLimit, web.PublicAnswers).
 */
@PageController
class CertificateVerificationPage {

    private static final String TEMPLATE = "organisationcase/certificate-verification";
    /** What {@code DocumentRegister} issues: 24 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");
    /** "ที่ วธ ๐๔๕๐/๑๒" as typed: the prefix, a slash, the number; Thai or Arabic digits, spaces as they come. */
    private static final Pattern PRINTED = Pattern.compile("(?:ที่)?(.+)/(\\d{1,9})");

    record Verified(String reference, int version, String organisationName, String provinceName, int fiscalYear,
            String levelTitle, String office, String issuedOn, String revisedOn, boolean standsNow) {
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
    ModelAndView verify(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<Verified> verified = Optional.of(token).filter(t -> TOKEN.matcher(t).matches())
                .flatMap(register::byToken).flatMap(this::verified);
        ModelAndView page = answer(verified, request, response);
        page.addObject("byToken", true);
        return page;
    }

    /** The form, and with a number and a year the certificate of that number. */
    @GetMapping("/certificates")
    ModelAndView lookUp(@RequestParam Map<String, String> params, HttpServletRequest request,
            HttpServletResponse response) {
        String number = params.get("number");
        String year = params.get("fiscalYear");
        if ((number == null || number.isBlank()) && (year == null || year.isBlank())) {
            ModelAndView form = new ModelAndView(TEMPLATE);
            form.addObject("form", params);
            form.addObject("errors", Map.of());
            PublicAnswers.mayBeKept(request, response);
            return form;
        }
        FieldErrors errors = new FieldErrors();
        Integer fiscalYear = FiscalYear.read("fiscalYear", year, errors);
        Matcher printed = number == null ? null : PRINTED.matcher(normalised(number));
        if (printed == null || !printed.matches()) {
            errors.add("number", "กรุณากรอกเลขที่ตามที่พิมพ์บนเกียรติบัตร เช่น ที่ วธ ๐๔๕๐/๑๒");
        }
        if (!errors.isEmpty()) {
            ModelAndView refused = new ModelAndView(TEMPLATE, HttpStatus.BAD_REQUEST);
            refused.addObject("form", params);
            refused.addObject("errors", errors.asMap());
            return refused;
        }
        String prefix = printed.group(1);
        int printedNumber = Integer.parseInt(printed.group(2));
        Optional<Verified> verified = java.util.stream.Stream.concat(
                        register.numbered(DocumentKind.LEVEL_CERTIFICATE, fiscalYear, printedNumber).stream(),
                        register.numbered(DocumentKind.NATIONAL_CERTIFICATE, fiscalYear, printedNumber).stream())
                .filter(issued -> normalised(issued.prefix()).equals(prefix)).findFirst().flatMap(this::verified);
        ModelAndView page = answer(verified, request, response);
        page.addObject("form", params);
        page.addObject("errors", Map.of());
        return page;
    }

    private ModelAndView answer(Optional<Verified> verified, HttpServletRequest request, HttpServletResponse response) {
        ModelAndView page = new ModelAndView(TEMPLATE);
        page.addObject("asked", true);
        page.addObject("found", verified.isPresent());
        verified.ifPresent(v -> page.addObject("certificate", v));
        page.setStatus(verified.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND);
        PublicAnswers.mayBeKept(request, response);
        return page;
    }

    /** Arabic digits, no spaces, upper case: "ที่ วธ ๐๔๕๐/๑๒" and "วธ0450/12" read the same. */
    static String normalised(String typed) {
        StringBuilder plain = new StringBuilder(typed.length());
        typed.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u200b').forEach(c ->
                plain.appendCodePoint(c >= '๐' && c <= '๙' ? '0' + (c - '๐') : c));
        return plain.toString().toUpperCase(Locale.ROOT);
    }

    private Optional<Verified> verified(DocumentRegister.Issued issued) {
        boolean national = DocumentKind.NATIONAL_CERTIFICATE.name().equals(issued.kind());
        if (!national && !DocumentKind.LEVEL_CERTIFICATE.name().equals(issued.kind())) {
            return Optional.empty();
        }
        return cases.find(issued.subject()).map(c -> {
            String province = provinceName(c.provinceCode());
            // the level the paper states is the one certified when it was issued; the case says whether it stands
            String title = ThaiNames.find(Level.class, c.certifiedLevel()).map(Level::title).orElse("");
            return new Verified(issued.reference(), issued.version(), c.organisationName(), province, c.fiscalYear(),
                    title, national ? "กรมการศาสนา" : "สำนักงานวัฒนธรรมจังหวัด" + provinceName(issued.office()),
                    ThaiDates.longDate(issued.issuedAt(), clock.getZone()),
                    issued.revisedAt() == null ? null : ThaiDates.longDate(issued.revisedAt(), clock.getZone()),
                    national ? CaseStatus.NATIONALLY_ENDORSED.name().equals(c.status()) : Certificates.certified(c));
        });
    }

    private String provinceName(String code) {
        return provinces.findByCode(code).map(Province::nameTh).orElse(code);
    }
}
