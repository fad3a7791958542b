package th.moralorg.notification;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.moralorg.web.Redirects;
import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.identity.Roles;
import th.moralorg.reference.OutboxStatus;
import th.moralorg.reference.ThaiNames;
import th.moralorg.web.PageController;

/**
 * The administrators' page of the outbox (/admin/notifications, docs/notifications.md): counts per
 * status, the list of one status (FAILED first), re-sending a failed mail and how a user gets task
 * mail, through the same rules as /api/admin/notifications. Only members of camunda-admin.
 */
@PageController
class NotificationsPage {

    static final String PATH = "/admin/notifications";
    private static final int LIST = 200;

    private final Outbox outbox;
    private final NotificationPreferences preferences;
    private final OutboxSender sender;
    private final IdentityService identity;
    private final Clock clock;

    NotificationsPage(Outbox outbox, NotificationPreferences preferences, OutboxSender sender,
            IdentityService identity, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.sender = sender;
        this.identity = identity;
        this.clock = clock;
    }

    /** Bookmarks of the static page it replaces. */
    @GetMapping("/notifications.html")
    ResponseEntity<Void> oldAddress() {
        return Redirects.moved(PATH);
    }

    @GetMapping(PATH)
    String show(@RequestParam(required = false) String status, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return render(request, status, response, model);
    }

    @PostMapping(PATH + "/{id}/resend")
    String resend(@PathVariable long id, @RequestParam(required = false) String status, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (administrator(request)) {
            try {
                NotificationAdminController.resend(outbox, id, clock);
                redirect.addFlashAttribute("notice", "นำอีเมลเลขที่ " + id + " เข้าคิวส่งอีกครั้งแล้ว");
                return redirectTo(request, status);
            } catch (ApiProblem refused) {
                model.addAttribute("resendRefused", id);
                model.addAttribute("refusal", refused.getMessage());
                response.setStatus(refused.status());
            }
        }
        return render(request, status, response, model);
    }

    @PostMapping(PATH + "/preferences")
    String setPreference(@RequestParam(required = false) String userId, @RequestParam(required = false) String taskMail,
            @RequestParam(required = false) String status, HttpServletRequest request, HttpServletResponse response,
            Model model, RedirectAttributes redirect) {
        if (administrator(request)) {
            String user = userId == null ? "" : userId.trim();
            try {
                if (user.isEmpty()) {
                    throw ApiProblem.invalid(Map.of("userId", "กรุณากรอกชื่อผู้ใช้"));
                }
                preferences.setTaskMail(user, NotificationAdminController.taskMail(taskMail));
                redirect.addFlashAttribute("notice", "บันทึกวิธีรับอีเมลของ " + user + " แล้ว");
                return redirectTo(request, status);
            } catch (ApiProblem refused) {
                model.addAttribute("errors", refused.fields());
                model.addAttribute("preferenceForm", Map.of("userId", user, "taskMail", taskMail == null ? "" : taskMail));
                response.setStatus(refused.status());
            }
        }
        return render(request, status, response, model);
    }

    private boolean administrator(HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        return caller.groups().contains(Roles.ADMINISTRATORS);
    }

    private String render(HttpServletRequest request, String statusParam, HttpServletResponse response, Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        if (!administrator(request)) {
            // as /api/admin/* refuses it (identity.AdminApiAuthentication): nothing of the outbox is read
            response.setStatus(403);
            model.addAttribute("forbidden", "เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้งานส่วนนี้ได้");
            return "notification/notifications";
        }
        String status = ThaiNames.find(OutboxStatus.class, statusParam == null ? "" : statusParam.toUpperCase(Locale.ROOT))
                .map(OutboxStatus::code).orElse(OutboxStatus.FAILED.code());
        model.addAttribute("status", status);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("counts", outbox.countByStatus());
        model.addAttribute("failedSinceStart", sender.failedSinceStart());
        model.addAttribute("entries", outbox.list(status, null, LIST));
        model.addAttribute("zone", clock.getZone());
        return "notification/notifications";
    }

    private static String redirectTo(HttpServletRequest request, String status) {
        return Redirects.seeOther(request,
                PATH + (status == null || !status.matches("[A-Z]+") ? "" : "?status=" + status));
    }
}
