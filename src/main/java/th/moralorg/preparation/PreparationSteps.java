package th.moralorg.preparation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;

/**
 * What preparation.bpmn asks of our tables ({@code ${preparationSteps.officers(execution)}}): the
 * row of the instance's own preparation, never a process variable a form or client could write.
 */
// public: the model calls it by expression, and JUEL only calls methods of public classes
@Component("preparationSteps")
public class PreparationSteps implements ProvinceOfInstance {

    private final Preparations preparations;

    PreparationSteps(Preparations preparations) {
        this.preparations = preparations;
    }

    @Override
    public Optional<ProvinceYear> find(String processInstanceId) {
        return preparations.ofInstance(processInstanceId).map(p -> new ProvinceYear(p.provinceCode(), p.fiscalYear()));
    }

    Preparations.Preparation of(String processInstanceId) {
        return preparations.ofInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No preparation of process instance " + processInstanceId));
    }
}
