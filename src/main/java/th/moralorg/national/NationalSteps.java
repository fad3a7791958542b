package th.moralorg.national;

import java.util.Optional;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ProvinceOfInstance;

/**
 * The report of a national-forwarding instance, by the instance's id (recorded by
 * {@link RegisterProvincialReport}), never by {@code reportId} or {@code provinceCode} as
 * variables. Its tasks go to DRA (a literal group in the model).
 */
@Component("nationalSteps")
class NationalSteps implements ProvinceOfInstance {

    private final NationalReports reports;

    NationalSteps(NationalReports reports) {
        this.reports = reports;
    }

    @Override
    public Optional<ProvinceYear> find(String processInstanceId) {
        return reports.ofInstance(processInstanceId).map(r -> new ProvinceYear(r.provinceCode(), r.fiscalYear()));
    }

    NationalReports.Report report(String processInstanceId) {
        return reports.ofInstance(processInstanceId).orElseThrow(
                () -> new IllegalStateException("No national report of process instance " + processInstanceId));
    }
}
