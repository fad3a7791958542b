package th.moralorg.preparation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.OrganisationAccess;
import th.moralorg.notification.NotificationService;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * Seed 5.1.2 beyond the list: a trainer requested for a case (by its organisation or the PCO) or
 * for a provincial event (by the PCO), assigned by the PCO from the province's active pool, told by
 * mail, their sessions recorded. The checks of the API (TrainerRequestController) and the pages.
 */
@Service
class TrainerAssignments {

    /** A request as entered: what is wanted, when, anything else. */
    record RequestInput(String topic, String preferredDates, String remarks) {
    }

    /** A session as the PCO records it; {@code hours} may have one decimal (1.5). */
    record SessionInput(Object heldOn, Object hours, String covered, Object participantCount) {
    }

    /** A request with its sessions, as the case, event and trainers pages and the API show it. */
    record RequestView(TrainerRequests.Request request, List<TrainerRequests.Session> sessions) {
    }

    private static final BigDecimal MAX_HOURS = BigDecimal.valueOf(24);

    private final TrainerRequests requests;
    private final Trainers trainers;
    private final Provinces provinces;
    private final NotificationService notifications;
    private final Clock clock;

    TrainerAssignments(TrainerRequests requests, Trainers trainers, Provinces provinces,
            NotificationService notifications, Clock clock) {
        this.requests = requests;
        this.trainers = trainers;
        this.provinces = provinces;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The case's own organisation or its province's officers (DRA too); anyone else is told there is no such case. */
    @Transactional
    TrainerRequests.Request requestForCase(ApiCaller caller, String caseNumber, RequestInput input) {
        TrainerRequests.CaseParty party = caseFor(caller, caseNumber);
        RequestInput checked = validate(input);
        long id = requests.add(party.provinceCode(), party.caseNumber(), null, checked.topic(), checked.preferredDates(),
                checked.remarks(), caller.userId());
        return requests.find(id).orElseThrow();
    }

    /** Only the event's province's officers (and DRA). */
    @Transactional
    TrainerRequests.Request requestForEvent(ApiCaller caller, long eventId, RequestInput input) {
        TrainerRequests.EventParty event = eventFor(caller, eventId);
        RequestInput checked = validate(input);
        long id = requests.add(event.provinceCode(), null, event.id(), checked.topic(), checked.preferredDates(),
                checked.remarks(), caller.userId());
        return requests.find(id).orElseThrow();
    }

    List<RequestView> ofCase(ApiCaller caller, String caseNumber) {
        // managers and administrators read every province's cases (docs/access.md), so their requests too
        TrainerRequests.CaseParty party = caller.readsEveryProvince()
                ? requests.caseParty(caseNumber).orElseThrow(() -> ApiProblem.notFound("ไม่พบรายการ " + caseNumber))
                : caseFor(caller, caseNumber);
        return views(requests.ofCase(party.caseNumber()));
    }

    List<RequestView> ofEvent(ApiCaller caller, long eventId) {
        return views(requests.ofEvent(eventFor(caller, eventId).id()));
    }

    List<RequestView> ofProvince(ApiCaller caller, String provinceCode) {
        caller.requireProvince(provinceCode);
        return views(requests.ofProvince(provinceCode));
    }

    /**
     * Assigns a trainer of the request's province's active pool with an e-mail; tells the trainer
     * and, for a case, the organisation's coordinator. Another trainer may be assigned until a
     * session is recorded (the first could not come); each assignment is told once.
     */
    @Transactional
    TrainerRequests.Request assign(ApiCaller caller, long requestId, Object trainerId) {
        TrainerRequests.Request request = officerRequest(caller, requestId);
        FieldErrors errors = new FieldErrors();
        Integer id = errors.number("trainerId", trainerId, "วิทยากร", 1, Integer.MAX_VALUE);
        errors.throwIfInvalid();
        Trainers.Trainer trainer = trainers.find(id).orElse(null);
        if (trainer == null || !trainer.provinceCode().equals(request.provinceCode())) {
            errors.add("trainerId", "วิทยากรรายนี้ไม่อยู่ในทำเนียบวิทยากรของจังหวัดนี้ กรุณาเลือกจากทำเนียบของจังหวัด");
        } else if (!trainer.active()) {
            errors.add("trainerId", "วิทยากร " + trainer.name() + " ปิดการใช้งานอยู่ กรุณาเลือกวิทยากรที่พร้อมปฏิบัติงาน");
        } else if (trainer.email() == null) {
            errors.add("trainerId", "ยังไม่มีอีเมลของวิทยากร " + trainer.name()
                    + " จึงแจ้งการมอบหมายไม่ได้ กรุณาบันทึกอีเมลในทำเนียบวิทยากรก่อน");
        }
        errors.throwIfInvalid();
        if (request.assigned() && request.trainerId() == trainer.id()) {
            return request;
        }
        if (!requests.sessions(requestId).isEmpty()) {
            throw ApiProblem.conflict("คำขอนี้บันทึกการอบรมของวิทยากรแล้ว จึงเปลี่ยนวิทยากรไม่ได้");
        }
        requests.assign(requestId, trainer.id(), caller.userId());
        TrainerRequests.Request assigned = requests.find(requestId).orElseThrow();
        tell(assigned, trainer);
        return assigned;
    }

    @Transactional
    TrainerRequests.Session recordSession(ApiCaller caller, long requestId, SessionInput input) {
        TrainerRequests.Request request = officerRequest(caller, requestId);
        FieldErrors errors = new FieldErrors();
        LocalDate heldOn = errors.date("heldOn", input.heldOn(), "วันที่อบรม");
        if (heldOn != null && heldOn.isAfter(LocalDate.now(clock))) {
            errors.add("heldOn", "วันที่อบรมต้องไม่เป็นวันในอนาคต บันทึกการอบรมหลังจากจัดแล้ว");
        }
        BigDecimal hours = hours(errors, input.hours());
        String covered = errors.text("covered", input.covered(), "เนื้อหาที่อบรม", 2000, true);
        Integer participants = errors.number("participantCount", input.participantCount(), "จำนวนผู้เข้าร่วม", 0, 100000);
        if (!request.assigned()) {
            errors.add("request", "คำขอนี้ยังไม่ได้มอบหมายวิทยากร กรุณามอบหมายวิทยากรก่อนบันทึกการอบรม");
        }
        errors.throwIfInvalid();
        long id = requests.addSession(requestId, heldOn, hours, covered.trim(), participants, caller.userId());
        return requests.sessions(requestId).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    /** A trainer's sessions in the fiscal year {@code from}–{@code to}. */
    List<TrainerRequests.Session> sessionsOf(long trainerId, LocalDate from, LocalDate to) {
        return requests.sessionsOfTrainer(trainerId, from, to);
    }

    private static BigDecimal hours(FieldErrors errors, Object value) {
        if (value == null || value.toString().isBlank()) {
            errors.add("hours", "กรุณากรอกจำนวนชั่วโมง");
            return null;
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            errors.add("hours", "จำนวนชั่วโมงต้องเป็นตัวเลข เช่น 3 หรือ 1.5");
            return null;
        }
        if (hours.signum() <= 0 || hours.compareTo(MAX_HOURS) > 0) {
            errors.add("hours", "จำนวนชั่วโมงต้องมากกว่า 0 และไม่เกิน 24 ชั่วโมง");
            return null;
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            errors.add("hours", "จำนวนชั่วโมงมีทศนิยมได้ไม่เกิน 1 ตำแหน่ง เช่น 1.5");
            return null;
        }
        return hours;
    }

    private static RequestInput validate(RequestInput input) {
        FieldErrors errors = new FieldErrors();
        String topic = errors.text("topic", input.topic(), "หัวข้อที่ต้องการให้วิทยากรบรรยาย", 500, true);
        String dates = errors.text("preferredDates", input.preferredDates(), "ช่วงวันที่สะดวก", 500, false);
        String remarks = errors.text("remarks", input.remarks(), "หมายเหตุ", 2000, false);
        errors.throwIfInvalid();
        return new RequestInput(topic.trim(), blankToNull(dates), blankToNull(remarks));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private TrainerRequests.CaseParty caseFor(ApiCaller caller, String caseNumber) {
        // 404 for a case the caller may not see, as the case's own pages answer
        return requests.caseParty(caseNumber)
                .filter(c -> caller.mayActFor(c.provinceCode())
                        || caller.groups().contains(OrganisationAccess.groupOf(c.organisationId())))
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบรายการ " + caseNumber));
    }

    private TrainerRequests.EventParty eventFor(ApiCaller caller, long eventId) {
        TrainerRequests.EventParty event = requests.eventParty(eventId)
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบกิจกรรมนี้"));
        caller.requireProvince(event.provinceCode());
        return event;
    }

    private TrainerRequests.Request officerRequest(ApiCaller caller, long requestId) {
        TrainerRequests.Request request = requests.find(requestId)
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบคำขอวิทยากรนี้"));
        caller.requireProvince(request.provinceCode());
        return request;
    }

    private List<RequestView> views(List<TrainerRequests.Request> list) {
        return list.stream().map(r -> new RequestView(r, requests.sessions(r.id()))).toList();
    }

    private void tell(TrainerRequests.Request request, Trainers.Trainer trainer) {
        String businessKey = request.caseNumber() != null ? request.caseNumber() : "EVENT-" + request.eventId();
        Map<String, Object> model = new HashMap<>();
        model.put("provinceName", provinces.findByCode(request.provinceCode()).map(Province::nameTh).orElse(""));
        model.put("trainerName", trainer.name());
        model.put("trainerAffiliation", trainer.affiliation());
        model.put("trainerContact", trainer.contact());
        model.put("trainerEmail", trainer.email());
        model.put("topic", request.topic());
        model.put("preferredDates", request.preferredDates());
        model.put("remarks", request.remarks());
        model.put("requestFor", request.caseNumber() != null ? request.organisationName() : request.eventTitle());
        String key = ":" + request.id() + ":" + trainer.id();
        notifications.enqueue("trainer-assignment", List.of(trainer.email()), businessKey, "trainer-assignment" + key,
                model);
        if (request.caseNumber() != null) {
            TrainerRequests.CaseParty party = requests.caseParty(request.caseNumber()).orElseThrow();
            model.put("organisationName", party.organisationName());
            model.put("link", "/cases/" + request.caseNumber());
            notifications.enqueue("trainer-assigned", List.of(party.coordinatorEmail()), businessKey,
                    "trainer-assigned" + key, model);
        }
    }
}
