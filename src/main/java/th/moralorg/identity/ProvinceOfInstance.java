package th.moralorg.identity;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The province and fiscal year a process instance is about, read from the table of the package
 * that owns the process (by the instance's id), so that task titles and what depends on the
 * province never come from a process variable. Each process package offers one.
 */
public interface ProvinceOfInstance {

    record ProvinceYear(String provinceCode, int fiscalYear) {
    }

    /** Empty when the instance is not one of this package's processes. */
    Optional<ProvinceYear> find(String processInstanceId);

    /** The candidate group of an office's task: the officers of its instance's province (by expression). */
    default String officers(DelegateExecution execution) {
        return find(execution.getProcessInstanceId()).map(row -> ProvinceTenants.officerGroupOf(row.provinceCode()))
                .orElseThrow(() -> new IllegalStateException(
                        "No row of process instance " + execution.getProcessInstanceId()));
    }
}
