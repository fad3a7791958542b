package th.moralorg.preparation;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * Opening the preparation (seed 5.1) as the caller may: one province, or (no province given) all
 * 77 for DRA and the own one for a PCO officer. For POST /api/preparations and the office page.
 */
@Component
class PreparationOpening {

    /** The provinces opened now and those opened before (not opened again). */
    record Opened(int fiscalYear, List<String> opened, List<String> alreadyOpen) {
    }

    private final Preparations preparations;
    private final Provinces provinces;

    PreparationOpening(Preparations preparations, Provinces provinces) {
        this.preparations = preparations;
        this.provinces = provinces;
    }

    Opened open(ApiCaller caller, Object fiscalYear, String provinceCode) {
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        List<String> codes = new ArrayList<>();
        if (provinceCode != null && !provinceCode.isBlank()) {
            provinces.read("provinceCode", provinceCode, errors).ifPresent(p -> codes.add(p.code()));
        } else if (caller.isDra()) {
            provinces.findAll().stream().map(Province::code).forEach(codes::add);
        } else if (caller.provinces().size() == 1) {
            codes.addAll(caller.provinces());
        } else {
            errors.add("provinceCode", "กรุณาระบุรหัสจังหวัด");
        }
        errors.throwIfInvalid();
        codes.forEach(caller::requireProvince);
        List<String> opened = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (String code : codes) {
            (preparations.open(new FiscalYear(year), code, caller.userId()) ? opened : existing).add(code);
        }
        return new Opened(year, opened, existing);
    }
}
