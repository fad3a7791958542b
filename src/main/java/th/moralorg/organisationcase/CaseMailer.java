package th.moralorg.organisationcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Provinces;

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
                model.put("formName", "แผน อ.04 แบบประเมินตนเอง อ.02 และแบบประเมินความสำเร็จ อ.03");
                model.put("link", tasklist);
                yield "submission-received";
            }
            case REVISION_REQUESTED -> {
                model.put("formName", "แบบประเมินตนเอง อ.02 และ อ.03");
                model.put("reason", latestRemarks(c));
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
                model.put("link", tasklist);
                yield "national-result";
            }
            case SITE_VISIT_PREPARATION -> {
                model.put("link", tasklist);
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

    private static String provincialDecision(Map<String, Object> data) {
        return switch (String.valueOf(data.get("decision"))) {
            case "CERTIFIED" -> "รับรองเป็น" + levelName(data.get("level"));
            case "REVISE" -> "ให้ปรับปรุงและส่งแบบประเมินตนเองอีกครั้ง";
            default -> "ไม่รับรองในปีงบประมาณนี้";
        };
    }

    static String levelName(Object level) {
        return switch (String.valueOf(level)) {
            case "3" -> "องค์กรคุณธรรมต้นแบบ (ระดับ 3)";
            case "2" -> "องค์กรคุณธรรม (ระดับ 2)";
            default -> "องค์กรส่งเสริมคุณธรรม (ระดับ 1)";
        };
    }
}
