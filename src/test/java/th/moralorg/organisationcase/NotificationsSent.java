package th.moralorg.organisationcase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every CaseNotification published on any thread (e.g. during an HTTP request), for tests. */
@Component
class NotificationsSent {

    private final List<CaseNotification> sent = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CaseNotification notification) {
        sent.add(notification);
    }

    String link(String caseNumber, CaseNotification.Kind kind, String key) {
        return sent.stream().filter(n -> n.caseNumber().equals(caseNumber) && n.kind() == kind)
                .map(n -> ((String) n.data().get(key)).replaceFirst(".*#(correction=)?", ""))
                .reduce((first, second) -> second).orElseThrow();
    }
}
