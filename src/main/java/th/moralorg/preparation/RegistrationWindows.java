package th.moralorg.preparation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Whether an organisation of a province may register for a fiscal year (seed 5.1.4): the PCO's
 * outreach opens registration for its province. The registration code calls {@link #isOpen}.
 */
@Repository
public class RegistrationWindows {

    /** An open registration window and the outreach that opened it. */
    public record Window(String provinceCode, int fiscalYear, OffsetDateTime openedAt, String openedBy,
            String channels, LocalDate outreachFrom, LocalDate outreachTo, int organisationsReached) {
    }

    private final JdbcClient jdbc;

    RegistrationWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True once the province's outreach for the fiscal year (Buddhist Era) is recorded. */
    public boolean isOpen(String provinceCode, int fiscalYear) {
        return jdbc.sql("select count(*) from mo.registration_window where province_code = ? and fiscal_year = ?")
                .params(provinceCode, fiscalYear).query(Long.class).single() > 0;
    }

    public Optional<Window> find(String provinceCode, int fiscalYear) {
        return jdbc.sql("select * from mo.registration_window where province_code = ? and fiscal_year = ?")
                .params(provinceCode, fiscalYear).query(Window.class).optional();
    }

    public List<Window> findAll(int fiscalYear) {
        return jdbc.sql("select * from mo.registration_window where fiscal_year = ? order by province_code")
                .param(fiscalYear).query(Window.class).list();
    }

    /** Opens registration; a second call changes nothing. Returns whether it opened it now. */
    boolean open(Window window) {
        return jdbc.sql("""
                insert into mo.registration_window (province_code, fiscal_year, opened_by, channels,
                    outreach_from, outreach_to, organisations_reached)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(window.provinceCode(), window.fiscalYear(), window.openedBy(), window.channels(),
                        window.outreachFrom(), window.outreachTo(), window.organisationsReached())
                .update() > 0;
    }
}
