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

import th.moralorg.identity.ApiCaller;

/** The trainer pool of a province (seed 5.1.2): its PCO and DRA keep it. */
@RestController
class TrainerController {

    private final TrainerPool pool;

    TrainerController(TrainerPool pool) {
        this.pool = pool;
    }

    @GetMapping("/api/provinces/{provinceCode}/trainers")
    List<Trainers.Trainer> list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode) {
        return pool.list(caller, provinceCode);
    }

    @PostMapping("/api/provinces/{provinceCode}/trainers")
    ResponseEntity<Trainers.Trainer> add(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode, @RequestBody TrainerPool.TrainerInput input) {
        return ResponseEntity.status(201).body(pool.add(caller, provinceCode, input));
    }

    @PutMapping("/api/provinces/{provinceCode}/trainers/{id}")
    Trainers.Trainer update(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable String provinceCode, @PathVariable long id, @RequestBody TrainerPool.TrainerInput input) {
        return pool.update(caller, provinceCode, id, input);
    }
}
