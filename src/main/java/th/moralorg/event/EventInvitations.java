package th.moralorg.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * Who is invited to a provincial event and who came (seed 5.2.2(1), (7)), with the checks of
 * both the API (EventController) and the event's page (EventPage): the caller's province, an
 * event still planned, cases of the event's province only. Each call is one transaction.
 */
@Service
class EventInvitations {

    record Invited(int invited, int participants) {
    }

    record Attended(int attended, int invited) {
    }

    private final ProvincialEvents events;
    private final Provinces provinces;
    private final NotificationService notifications;

    EventInvitations(ProvincialEvents events, Provinces provinces, NotificationService notifications) {
        this.events = events;
        this.provinces = provinces;
        this.notifications = notifications;
    }

    /** The event for a caller who may act for its province: 404 when there is none, 403 for another province. */
    ProvincialEvents.Event of(ApiCaller caller, long id) {
        ProvincialEvents.Event event = events.find(id).orElseThrow(() -> ApiProblem.notFound("ไม่พบกิจกรรมหมายเลข " + id));
        caller.requireProvince(event.provinceCode());
        return event;
    }

    /** Invites picked case numbers, or every case of the province and year in a status; mails each new invitee. */
    @Transactional
    Invited invite(ApiCaller caller, long id, List<String> caseNumbers, String caseStatus) {
        ProvincialEvents.Event event = open(caller, id);
        FieldErrors errors = new FieldErrors();
        List<String> numbers = new ArrayList<>();
        boolean picked = caseNumbers != null && !caseNumbers.isEmpty();
        boolean byStatus = caseStatus != null && !caseStatus.isBlank();
        if (picked == byStatus) {
            errors.add("caseNumbers", "ระบุรายการเลขที่เรื่อง หรือสถานะของเรื่อง (caseStatus) อย่างใดอย่างหนึ่ง");
        } else if (picked) {
            List<String> known = events.casesOfProvince(event.provinceCode(), caseNumbers);
            List<String> unknown = caseNumbers.stream().filter(n -> !known.contains(n)).toList();
            if (!unknown.isEmpty()) {
                errors.add("caseNumbers", "ไม่พบเรื่องต่อไปนี้ในจังหวัดของกิจกรรม: " + String.join(", ", unknown));
            }
            numbers.addAll(known);
        } else {
            numbers.addAll(events.casesInStatus(event.provinceCode(), event.fiscalYear(), caseStatus));
            if (numbers.isEmpty()) {
                errors.add("caseStatus", "ไม่มีเรื่องในสถานะ " + caseStatus + " ของจังหวัดในปีงบประมาณนี้");
            }
        }
        errors.throwIfInvalid();
        int added = events.invite(id, numbers);
        mailInvitations(event, numbers);
        return new Invited(added, events.participants(id).size());
    }

    /** Marks who came: exactly the given cases, each of them invited (400 otherwise). */
    @Transactional
    Attended attendance(ApiCaller caller, long id, List<String> caseNumbers) {
        open(caller, id);
        if (caseNumbers == null) {
            // a body without the list is a mistake, not "nobody came" (that is an empty list)
            throw ApiProblem.invalid(Map.of("caseNumbers", "กรุณาระบุรายการเลขที่เรื่องที่มาร่วม (caseNumbers) หากไม่มีให้ส่งรายการว่าง"));
        }
        List<String> attended = caseNumbers;
        Set<String> invited = Set.copyOf(events.participants(id).stream().map(ProvincialEvents.Participant::caseNumber).toList());
        List<String> strangers = attended.stream().filter(n -> !invited.contains(n)).toList();
        if (!strangers.isEmpty()) {
            throw ApiProblem.invalid(Map.of("caseNumbers", "เรื่องต่อไปนี้ไม่ได้รับเชิญเข้าร่วมกิจกรรมนี้: "
                    + String.join(", ", strangers)));
        }
        events.attendance(id, attended);
        return new Attended(attended.size(), invited.size());
    }

    /** Who is honoured at the event (seed 5.2.2(7), 2.5), as the API and the page send it. */
    record HonourInput(String caseNumber, String personName, String reason) {
    }

    static final int MOST_HONOURS = 200;

    /**
     * Replaces the event's honours: each an invited organisation of the event (by case number) or a
     * person by name, with why; all refused in Thai when one is wrong, none kept half.
     */
    @Transactional
    List<ProvincialEvents.Honour> honours(ApiCaller caller, long id, List<HonourInput> input) {
        open(caller, id);
        FieldErrors errors = new FieldErrors();
        List<HonourInput> given = input == null ? List.of() : input;
        if (given.size() > MOST_HONOURS) {
            errors.add("honours", "บันทึกผู้ได้รับการยกย่องได้ไม่เกิน " + MOST_HONOURS + " รายการ");
            errors.throwIfInvalid();
        }
        Set<String> invited = Set.copyOf(events.participants(id).stream().map(ProvincialEvents.Participant::caseNumber).toList());
        Set<String> seen = new java.util.HashSet<>();
        List<ProvincialEvents.Honour> honours = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            HonourInput h = given.get(i) == null ? new HonourInput(null, null, null) : given.get(i);
            String field = "honours[" + i + "]";
            String caseNumber = errors.text(field + ".caseNumber", h.caseNumber(), "เลขที่เรื่อง", 20, false);
            String person = errors.text(field + ".personName", h.personName(), "ชื่อผู้ได้รับการยกย่อง", 200, false);
            String reason = errors.text(field + ".reason", h.reason(), "เหตุที่ได้รับการยกย่อง (รายการที่ " + (i + 1) + ")",
                    1000, true);
            if ((caseNumber == null) == (person == null) && !errors.has(field + ".caseNumber")
                    && !errors.has(field + ".personName")) {
                errors.add(field, "รายการที่ " + (i + 1) + ": ระบุองค์กร (เลขที่เรื่อง) หรือชื่อบุคคล อย่างใดอย่างหนึ่ง");
            } else if (caseNumber != null && !invited.contains(caseNumber)) {
                errors.add(field + ".caseNumber", "เรื่อง " + caseNumber + " ไม่ได้รับเชิญเข้าร่วมกิจกรรมนี้");
            } else if (caseNumber != null && !seen.add(caseNumber)) {
                errors.add(field + ".caseNumber", "เรื่อง " + caseNumber + " อยู่ในรายการซ้ำ");
            }
            honours.add(new ProvincialEvents.Honour(caseNumber, null, person, reason, null, null));
        }
        errors.throwIfInvalid();
        events.honour(id, honours);
        return events.honours(id);
    }

    /** Each invited organisation hears of the event by mail, once per event (seed 5.2.2(1), (7)). */
    private void mailInvitations(ProvincialEvents.Event event, List<String> caseNumbers) {
        String provinceName = provinces.findByCode(event.provinceCode()).map(Province::nameTh).orElse("");
        for (ProvincialEvents.Invitee invitee : events.invitees(caseNumbers)) {
            Map<String, Object> model = new HashMap<>();
            model.put("organisationName", invitee.organisationName());
            model.put("provinceName", provinceName);
            model.put("eventName", event.title());
            model.put("eventDate", event.plannedOn());
            model.put("venue", event.place());
            notifications.enqueue("event-invitation", List.of(invitee.coordinatorEmail()), invitee.caseNumber(),
                    "event-invitation:" + invitee.caseNumber() + ":" + event.id(), model);
        }
    }

    private ProvincialEvents.Event open(ApiCaller caller, long id) {
        ProvincialEvents.Event event = of(caller, id);
        if (!"PLANNED".equals(event.status())) {
            throw ApiProblem.conflict("กิจกรรมนี้บันทึกผลแล้ว แก้ไขผู้เข้าร่วมไม่ได้");
        }
        return event;
    }
}
