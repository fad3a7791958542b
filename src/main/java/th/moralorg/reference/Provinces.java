package th.moralorg.reference;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import th.moralorg.validation.FieldErrors;

/** Read-only access to the province reference table that Flyway fills. */
@Repository
public class Provinces {

    private static final String SELECT = "select code, iso_code, name_th, name_en from mo.province";

    private final JdbcClient jdbc;

    Provinces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Province> findAll() {
        return jdbc.sql(SELECT + " order by code").query(Province.class).list();
    }

    public Optional<Province> findByCode(String code) {
        return jdbc.sql(SELECT + " where code = ?").param(code).query(Province.class).optional();
    }

    /**
     * The province of a code a person or an API client sent; without one, or with an unknown one,
     * a Thai message for the field goes into {@code errors}.
     */
    public Optional<Province> read(String field, Object code, FieldErrors errors) {
        if (code == null || code.toString().isBlank()) {
            errors.add(field, "กรุณาระบุรหัสจังหวัด");
            return Optional.empty();
        }
        Optional<Province> province = findByCode(code.toString().strip());
        if (province.isEmpty()) {
            errors.add(field, "ไม่พบจังหวัดรหัส " + code);
        }
        return province;
    }
}
