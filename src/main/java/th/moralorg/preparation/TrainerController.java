package th.moralorg.preparation;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.validation.FieldErrors;

/** The trainer pool of a province (seed 5.1.2): its PCO and DRA keep it. */
@RestController
class TrainerController {

    record TrainerInput(String name, String affiliation, String expertise, String contact, Boolean active) {
    }

    private final Trainers trainers;

    TrainerController(Trainers trainers) {
        this.trainers = trainers;
    }

    @GetMapping("/api/provinces/{provinceCode}/trainers")
    List<Trainers.Trainer> list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode) {
        caller.requireProvince(provinceCode);
        return trainers.findByProvince(provinceCode);
    }

    @PostMapping("/api/provinces/{provinceCode}/trainers")
    ResponseEntity<Trainers.Trainer> add(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode, @RequestBody TrainerInput input) {
        caller.requireProvince(provinceCode);
        validate(input);
        long id = trainers.add(provinceCode, input.name().trim(), input.affiliation().trim(), input.expertise().trim(),
                input.contact().trim(), input.active() == null || input.active(), caller.userId());
        return ResponseEntity.status(201).body(trainers.find(id).orElseThrow());
    }

    @PutMapping("/api/provinces/{provinceCode}/trainers/{id}")
    Trainers.Trainer update(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode, @PathVariable long id, @RequestBody TrainerInput input) {
        caller.requireProvince(provinceCode);
        Trainers.Trainer existing = trainers.find(id)
                .filter(t -> t.provinceCode().equals(provinceCode))
                .orElseThrow(() -> ApiProblem.notFound("ไม่พบวิทยากรรายนี้ในจังหวัดนี้"));
        validate(input);
        trainers.update(existing.id(), input.name().trim(), input.affiliation().trim(), input.expertise().trim(),
                input.contact().trim(), input.active() == null || input.active(), caller.userId());
        return trainers.find(id).orElseThrow();
    }

    private static FieldErrors validate(TrainerInput input) {
        FieldErrors errors = new FieldErrors();
        errors.text("name", input.name(), "ชื่อ-นามสกุลวิทยากร", 200, true);
        errors.text("affiliation", input.affiliation(), "สังกัด", 300, true);
        errors.text("expertise", input.expertise(), "ความเชี่ยวชาญ", 1000, true);
        errors.text("contact", input.contact(), "ช่องทางติดต่อ", 300, true);
        errors.throwIfInvalid();
        return errors;
    }
}
