package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Decision;
import th.moralorg.reference.FormCode;
import th.moralorg.reference.Level;
import th.moralorg.reference.Provinces;
import th.moralorg.reference.ThaiNames;

/**
 * Mails the organisation what its case tells it (docs/notifications.md), through the outbox and
 * in the transaction of the step that caused it: the step rolls back, the mail is never sent.
 */
@Component
class CaseMailer {

    private final NotificationService notifications;
    private final Cases cases;
    private final Provinces provinces;
    private final CaseSettings settings;
    private final Clock clock;

    CaseMailer(NotificationService notifications, Cases cases, Provinces provinces, CaseSettings settings,
            Clock clock) {
        this.notifications = notifications;
        this.cases = cases;
        this.provinces = provinces;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener
    void mail(CaseNotification notice) {
        Cases.CaseSummary c = cases.find(notice.caseNumber()).orElseThrow();
        Map<String, Object> model = new HashMap<>(notice.data());
        model.put("caseNumber", c.caseNumber());
        model.put("organisationName", c.organisationName());
        model.put("provinceName", provinces.findByCode(c.provinceCode()).orElseThrow().nameTh());
        model.put("fiscalYear", c.fiscalYear());
        String tasklist = settings.publicBaseUrl() + "/camunda/app/tasklist/";
        String kind = switch (notice.kind()) {
            case REGISTRATION_RECEIVED -> "registration-received";
            case REGISTRATION_ACCEPTED -> {
                model.put("username", notice.data().get("userId"));
                model.put("link", notice.data().getOrDefault("setPasswordUrl", tasklist));
                model.put("setPasswordExpiresAt", after(settings.setPasswordLinkValidity()));
                yield "registration-accepted";
            }
            case CORRECTION_NEEDED -> {
                model.put("corrections", notice.data().get("remarks"));
                model.put("link", notice.data().get("correctionUrl"));
                model.put("dueDate", after(settings.correctionWindow()));
                yield "correction-needed";
            }
            case SUBMISSION_RECEIVED -> {
                model.put("formName", FormCode.PLAN.label() + " " + FormCode.SELF_ASSESSMENT.label() + " และ"
                        + FormCode.SUCCESS_ASSESSMENT.label());
                model.put("link", tasklist);
                yield "submission-received";
            }
            case REVISION_REQUESTED -> {
                Object parts = notice.data().get("parts");
                model.put("formName", partNames(parts)
                        .orElse(FormCode.SELF_ASSESSMENT.label() + " และ" + FormCode.SUCCESS_ASSESSMENT.label()));
                List<?> marked = parts instanceof List<?> list ? list : List.of();
                model.put("parts", marked);
                // the decision's own remarks; a part's remark says the rest, an older decision's never
                Object remarks = notice.data().get("remarks");
                boolean partRemarks = marked.stream().anyMatch(p -> !String.valueOf(((Map<?, ?>) p).get("remark")).isBlank());
                model.put("reason", remarks instanceof String r && !r.isBlank() ? r : partRemarks ? null : latestRemarks(c));
                model.put("dueDate", after(settings.dueAfter("selfAssess")));
                model.put("link", tasklist);
                yield "returned-for-revision";
            }
            case PROVINCIAL_DECISION -> {
                model.put("decision", provincialDecision(notice.data()));
                model.put("link", tasklist);
                yield "provincial-decision";
            }
            case NATIONAL_RESULT -> {
                model.put("result", "ENDORSED".equals(notice.data().get("result"))
                        ? Boolean.TRUE.equals(notice.data().get("outstandingModel"))
                                ? "คณะกรรมการส่งเสริมคุณธรรมแห่งชาติเห็นชอบผลการรับรอง และคัดเลือกเป็นองค์กรต้นแบบโดดเด่น"
                                : "คณะกรรมการส่งเสริมคุณธรรมแห่งชาติเห็นชอบผลการรับรอง"
                        : "ไม่ผ่านการพิจารณาระดับชาติ");
                Object remarks = notice.data().get("remarks");
                model.put("remarks", remarks == null || remarks.toString().isBlank() ? null : remarks);
                model.put("noticeLink", settings.publicBaseUrl() + "/cases/" + c.caseNumber() + "/national-result-notice.pdf");
                model.put("certificateLink", "ENDORSED".equals(notice.data().get("result"))
                        ? settings.publicBaseUrl() + "/cases/" + c.caseNumber() + "/national-certificate.pdf" : null);
                model.put("link", settings.publicBaseUrl() + "/cases/" + c.caseNumber());
                yield "national-result";
            }
            case SITE_VISIT_PREPARATION -> {
                // the notice itself, for whom may read the case (the coordinator signs in to download)
                model.put("link", settings.publicBaseUrl() + "/cases/" + c.caseNumber() + "/site-visit-notice.pdf");
                model.put("tasklist", tasklist);
                yield "site-visit-preparation";
            }
            case REASSESSMENT_DUE -> {
                model.put("fiscalYear", notice.data().get("nextFiscalYear"));
                model.put("dueDate", after(settings.defaultTaskDue()));
                model.put("link", tasklist);
                yield "reassessment-due";
            }
        };
        notifications.enqueue(kind, List.of(c.coordinatorEmail()), c.caseNumber(),
                kind + ":" + c.caseNumber() + ":" + notice.occurrence(), model);
    }

    private LocalDate after(java.time.Duration duration) {
        return LocalDate.now(clock).plusDays(duration.toDays());
    }

    private String latestRemarks(Cases.CaseSummary c) {
        return cases.latestDecisionRemarks(c.caseNumber()).orElse("กรุณาตรวจสอบและแก้ไขแบบประเมินตนเอง");
    }

    /** The names of the parts a revision reopens (CaseSteps.revisionParts), or none. */
    private static java.util.Optional<String> partNames(Object parts) {
        return parts instanceof List<?> list && !list.isEmpty()
                ? java.util.Optional.of(String.join(" ", list.stream().map(p -> String.valueOf(((Map<?, ?>) p).get("label"))).toList()))
                : java.util.Optional.empty();
    }

    /** e.g. "รับรองเป็นองค์กรคุณธรรมต้นแบบ (ระดับ 3)", "ให้ปรับปรุงและส่งแบบประเมินตนเอง อ.02 อีกครั้ง". */
    private static String provincialDecision(Map<String, Object> data) {
        Decision decision = ThaiNames.find(Decision.class, data.get("decision")).orElse(Decision.NOT_CERTIFIED);
        return switch (decision) {
            case CERTIFIED -> {
                Level level = ThaiNames.find(Level.class, data.get("level")).orElse(Level.ONE);
                yield decision.thai() + "เป็น" + level.title() + " (ระดับ " + level.number() + ")";
            }
            case REVISE -> decision.thai() + "และส่ง" + partNames(data.get("parts")).orElse(FormCode.SELF_ASSESSMENT.label())
                    + " อีกครั้ง";
            default -> Decision.NOT_CERTIFIED.thai() + "ในปีงบประมาณนี้";
        };
    }
}
