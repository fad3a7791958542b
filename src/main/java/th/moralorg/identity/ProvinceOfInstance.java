package th.moralorg.identity;

import java.util.Optional;

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
}
