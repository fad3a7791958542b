package th.moralorg.preparation;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.notification.Addresses;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * The trainer pool of a province (seed 5.1.2) with the checks of both the API (TrainerController)
 * and the pool's page (TrainersPage): the caller's province, the same rules per field.
 */
@Service
class TrainerPool {

    /**
     * A trainer as entered; {@code active} null means active. {@code email} is optional in the pool
     * (trainers entered before V61 have none) but a trainer without one cannot be assigned: the
     * assignment is told by mail.
     */
    record TrainerInput(String name, String affiliation, String expertise, String contact, String email,
            Boolean active) {
    }

    private final Trainers trainers;
    private final Provinces provinces;

    TrainerPool(Trainers trainers, Provinces provinces) {
        this.trainers = trainers;
        this.provinces = provinces;
    }

    List<Trainers.Trainer> list(ApiCaller caller, String provinceCode) {
        caller.requireProvince(provinceCode);
        return trainers.findByProvince(provinceCode);
    }

    /** A trainer of the province: 403 for another province, 404 when the province has none by that id. */
    Trainers.Trainer find(ApiCaller caller, String provinceCode, long id) {
        caller.requireProvince(provinceCode);
        return trainers.find(id).filter(t -> t.provinceCode().equals(provinceCode))
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบวิทยากรรายนี้ในจังหวัดนี้"));
    }

    @Transactional
    Trainers.Trainer add(ApiCaller caller, String provinceCode, TrainerInput input) {
        caller.requireProvince(provinceCode);
        // DRA may act for any province: one that does not exist has no pool to add to
        if (provinces.findByCode(provinceCode).isEmpty()) {
            throw ApiProblem.notFound("ไม่พบจังหวัดรหัส " + provinceCode);
        }
        String email = validate(input);
        long id = trainers.add(provinceCode, input.name().trim(), input.affiliation().trim(), input.expertise().trim(),
                input.contact().trim(), email, input.active() == null || input.active(), caller.userId());
        return trainers.find(id).orElseThrow();
    }

    @Transactional
    Trainers.Trainer update(ApiCaller caller, String provinceCode, long id, TrainerInput input) {
        Trainers.Trainer existing = find(caller, provinceCode, id);
        String email = validate(input);
        trainers.update(existing.id(), input.name().trim(), input.affiliation().trim(), input.expertise().trim(),
                input.contact().trim(), email, input.active() == null || input.active(), caller.userId());
        return trainers.find(id).orElseThrow();
    }

    /** Checks the input; returns the normalised e-mail, or null when none was given. */
    private static String validate(TrainerInput input) {
        FieldErrors errors = new FieldErrors();
        errors.text("name", input.name(), "ชื่อ-นามสกุลวิทยากร", 200, true);
        errors.text("affiliation", input.affiliation(), "สังกัด", 300, true);
        errors.text("expertise", input.expertise(), "ความเชี่ยวชาญ", 1000, true);
        errors.text("contact", input.contact(), "ช่องทางติดต่อ", 300, true);
        String email = null;
        if (input.email() != null && !input.email().isBlank()) {
            // the form's pattern, then the outbox's own check (notification.Addresses), as UserAddressCheck does
            String typed = errors.email("email", input.email(), "อีเมลวิทยากร");
            if (typed != null) {
                email = Addresses.parse(typed).orElse(null);
                if (email == null) {
                    errors.add("email", "อีเมลวิทยากรใช้ส่งอีเมลไม่ได้ กรุณาตรวจสอบอีกครั้ง");
                }
            }
        }
        errors.throwIfInvalid();
        return email;
    }
}
