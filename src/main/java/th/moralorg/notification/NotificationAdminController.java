package th.moralorg.notification;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.reference.OutboxStatus;
import th.moralorg.reference.ThaiNames;

/**
 * Administrators' view of the outbox (docs/notifications.md). Only members of
 * {@code camunda-admin} get here: {@code identity.AdminApiAuthentication} guards /api/admin/*.
 */
@RestController
@RequestMapping("/api/admin/notifications")
class NotificationAdminController {

    private static final int MAX_LIST = 500;

    private final Outbox outbox;
    private final NotificationPreferences preferences;
    private final OutboxSender sender;
    private final Clock clock;

    NotificationAdminController(Outbox outbox, NotificationPreferences preferences, OutboxSender sender, Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.sender = sender;
        this.clock = clock;
    }

    /** Notifications, newest first, e.g. {@code ?status=FAILED}. */
    @GetMapping
    List<Outbox.Entry> list(@RequestParam(required = false) String status,
            @RequestParam(required = false) String businessKey, @RequestParam(defaultValue = "100") int limit) {
        return outbox.list(status == null ? null : status.toUpperCase(java.util.Locale.ROOT), businessKey,
                Math.max(1, Math.min(limit, MAX_LIST)));
    }

    /** How many notifications are in each status (FAILED ones need an administrator), and each status's name. */
    @GetMapping("/counts")
    Map<String, Object> counts() {
        return Map.of("byStatus", outbox.countByStatus(), "statusNames", ThaiNames.all(OutboxStatus.class),
                "failedSinceStartOnThisNode", sender.failedSinceStart());
    }

    /** Queues a FAILED notification again, with fresh attempts. */
    @PostMapping("/{id}/resend")
    ResponseEntity<Object> resend(@PathVariable long id) {
        return ResponseEntity.accepted().body(resend(outbox, id, clock));
    }

    /** Queues the FAILED notification again (for this API and the page); 409 another status, 404 none. */
    static Outbox.Entry resend(Outbox outbox, long id, Clock clock) {
        if (outbox.resend(id, clock.instant())) {
            return outbox.find(id).orElseThrow();
        }
        throw outbox.find(id)
                .map(e -> ApiProblem.conflict("ส่งซ้ำได้เฉพาะรายการที่ส่งไม่สำเร็จ (FAILED) สถานะปัจจุบัน: " + e.status()))
                .orElseGet(() -> ApiProblem.notFound("ไม่พบรายการแจ้งเตือน " + id));
    }

    /** Sets how a user gets task mail: {@code {"taskMail":"DAILY_DIGEST"}} or {@code IMMEDIATE}. */
    @PutMapping("/preferences/{userId}")
    ResponseEntity<Map<String, String>> setPreference(@PathVariable String userId,
            @RequestBody Map<String, String> body) {
        NotificationPreferences.TaskMail taskMail = taskMail(body.get("taskMail"));
        preferences.setTaskMail(userId, taskMail);
        return ResponseEntity.ok(Map.of("userId", userId, "taskMail", taskMail.name()));
    }

    /** The way of task mail named, else 400 on {@code taskMail} (for this API and the page). */
    static NotificationPreferences.TaskMail taskMail(Object value) {
        try {
            return NotificationPreferences.TaskMail.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(Map.of("taskMail", "taskMail ต้องเป็น IMMEDIATE หรือ DAILY_DIGEST"));
        }
    }
}
