package th.moralorg.event;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.documents.Emblems;
import th.moralorg.documents.CertificatePaper;
import th.moralorg.documents.DocumentRegister;
import th.moralorg.documents.Download;
import th.moralorg.documents.OfficialDocument;
import th.moralorg.documents.ThaiNumerals;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.identity.ProvinceTenants;
import th.moralorg.reference.DocumentKind;
import th.moralorg.reference.EventType;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiDates;
import th.moralorg.reference.ThaiNames;

/**
 * An event's certificates (seed 5.2.2(7), 2.5; issue 17): of participation for each attending
 * organisation, of honour for each organisation honoured, numbered in the register
 * ({@link DocumentRegister}) by the event's office and fiscal year under the subject
 * "<case number>/EVENT-<id>", so the case file lists them; A4 landscape PDF like the level
 * certificate. Read by the organisation, its province's officers, DRA, managers, administrators;
 * another organisation or province gets 404 (docs/access.md).
 */
@Service
class EventCertificates {

    static final String NOT_FOUND = "ไม่พบเกียรติบัตรนี้";

    private final DocumentRegister register;
    private final ProvincialEvents events;
    private final Provinces provinces;
    private final Clock clock;
    private final Emblems emblems;

    EventCertificates(DocumentRegister register, ProvincialEvents events, Provinces provinces, Clock clock,
            Emblems emblems) {
        this.emblems = emblems;
        this.register = register;
        this.events = events;
        this.provinces = provinces;
        this.clock = clock;
    }

    /** Where a case's certificate of an event is downloaded (the case page, the home, the mail). */
    static String path(String caseNumber, long documentId) {
        return "/cases/" + caseNumber + "/event-certificates/" + documentId + ".pdf";
    }

    /** The case's certificate of this kind for the event: the one issued before, or a new number. */
    DocumentRegister.Issued issue(ProvincialEvents.Event event, DocumentKind kind, String caseNumber, long organisationId,
            String issuedBy) {
        return register.issue(event.provinceCode(), event.fiscalYear(), kind, ProvincialEvents.subject(caseNumber, event.id()),
                organisationId, issuedBy);
    }

    /** The certificate as PDF for a caller who may read its case; 404 in Thai otherwise. */
    @Transactional(readOnly = true)
    Download download(ApiCaller caller, String caseNumber, long documentId) {
        ProvincialEvents.Certificate certificate = readable(caller, caseNumber, documentId);
        DocumentRegister.Issued issued = register.find(documentId).orElseThrow();
        ProvincialEvents.Event event = events.find(certificate.eventId()).orElseThrow();
        return Download.of(certificate.kindName() + " " + caseNumber + " ฉบับที่ " + issued.version(), false,
                pdf(event, certificate, issued));
    }

    /** A new version (the organisation's name corrected): the same number; the event's office only. */
    @Transactional
    DocumentRegister.Issued reissue(ApiCaller caller, long eventId, long documentId) {
        ProvincialEvents.Certificate certificate = events.certificate(documentId).filter(c -> c.eventId() == eventId)
                .orElseThrow(() -> ApiProblem.notFound(NOT_FOUND));
        if (!caller.groups().contains(ProvinceTenants.officerGroupOf(certificate.provinceCode()))) {
            throw ApiProblem.forbidden("เฉพาะสำนักงานวัฒนธรรมจังหวัดของกิจกรรมนี้ออกเกียรติบัตรฉบับแก้ไขได้");
        }
        return register.reissue(DocumentKind.valueOf(certificate.kind()),
                ProvincialEvents.subject(certificate.caseNumber(), eventId), caller.userId()).orElseThrow();
    }

    private ProvincialEvents.Certificate readable(ApiCaller caller, String caseNumber, long documentId) {
        Optional<ProvincialEvents.Certificate> found = events.certificate(documentId)
                .filter(c -> c.caseNumber().equals(caseNumber));
        long organisation = found.flatMap(c -> events.organisationOfCase(c.caseNumber())).orElse(-1L);
        return found.filter(c -> caller.readsEveryProvince() || caller.mayActFor(c.provinceCode())
                || caller.groups().contains(OrganisationAccess.groupOf(organisation)))
                .orElseThrow(() -> ApiProblem.notFound(NOT_FOUND));
    }

    private byte[] pdf(ProvincialEvents.Event event, ProvincialEvents.Certificate certificate,
            DocumentRegister.Issued issued) {
        String province = provinces.findByCode(event.provinceCode()).map(Province::nameTh).orElse(event.provinceCode());
        String type = ThaiNames.of(EventType.class, event.eventType());
        boolean honour = DocumentKind.HONOUR_CERTIFICATE.name().equals(issued.kind());
        String given = ThaiNumerals.of(ThaiDates.longDate(issued.issuedAt(), clock.getZone()));
        OfficialDocument doc = CertificatePaper.open(certificate.kindName() + " " + certificate.organisationName(), issued,
                emblems.current(), "สำนักงานวัฒนธรรมจังหวัด" + province, certificate.organisationName())
                .centred((honour ? "ได้รับการยกย่องเชิดชูเกียรติใน" : "ได้เข้าร่วม") + type + " \"" + event.title() + "\"",
                        20f, true);
        if (honour) {
            events.honours(event.id()).stream().filter(h -> certificate.caseNumber().equals(h.caseNumber())).findFirst()
                    .ifPresent(h -> doc.centred(h.reason(), 18f, false));
        }
        doc.centred("เมื่อวันที่ " + ThaiNumerals.of(ThaiDates.longDate(event.heldOn())) + " ณ " + event.place(), 18f, false)
                .centred("ตามโครงการส่งเสริมองค์กรคุณธรรม ประจำปีงบประมาณ พ.ศ. " + ThaiNumerals.of(event.fiscalYear()), 18f, false)
                .centred("ให้ไว้ ณ วันที่ " + given, 18f, false);
        return CertificatePaper.signature(doc, "วัฒนธรรมจังหวัด" + province)
                .pdf();
    }
}
