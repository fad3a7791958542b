package th.moralorg.preparation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Province;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * Opening the preparation (seed 5.1): DRA for all 77 provinces (or one), a PCO for itself.
 * Idempotent: a province already opened for the year is reported, not opened again.
 */
@RestController
class PreparationController {

    record OpenRequest(Object fiscalYear, String provinceCode) {
    }

    private final Preparations preparations;
    private final PreparationOpening opening;
    private final Provinces provinces;
    private final RegistrationWindows windows;

    PreparationController(Preparations preparations, PreparationOpening opening, Provinces provinces,
            RegistrationWindows windows) {
        this.preparations = preparations;
        this.opening = opening;
        this.provinces = provinces;
        this.windows = windows;
    }

    @PostMapping("/api/preparations")
    ResponseEntity<Map<String, Object>> open(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestBody OpenRequest request) {
        PreparationOpening.Opened result = opening.open(caller, request.fiscalYear(), request.provinceCode());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fiscalYear", result.fiscalYear());
        body.put("opened", result.opened());
        body.put("alreadyOpen", result.alreadyOpen());
        return ResponseEntity.status(result.opened().isEmpty() ? 200 : 201).body(body);
    }

    /** Per province the caller may see: preparation opened, registration open. */
    @GetMapping("/api/preparations/{fiscalYear}")
    List<Map<String, Object>> status(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable("fiscalYear") String year) {
        FieldErrors errors = new FieldErrors();
        Integer fiscalYear = FiscalYear.read("fiscalYear", year, errors);
        errors.throwIfInvalid();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Province province : provinces.findAll()) {
            if (caller.mayActFor(province.code())) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("provinceCode", province.code());
                row.put("provinceName", province.nameTh());
                row.put("preparationOpened", preparations.isOpened(new FiscalYear(fiscalYear), province.code()));
                row.put("registrationOpen", windows.isOpen(province.code(), fiscalYear));
                rows.add(row);
            }
        }
        return rows;
    }

    @GetMapping("/api/preparations/{fiscalYear}/registration-windows/{provinceCode}")
    RegistrationWindows.Window window(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable int fiscalYear, @PathVariable String provinceCode) {
        caller.requireProvince(provinceCode);
        return windows.find(provinceCode, fiscalYear)
                .orElseThrow(() -> ApiProblem.notFound("ยังไม่เปิดรับสมัครสำหรับจังหวัดและปีงบประมาณนี้"));
    }
}
