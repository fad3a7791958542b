package th.moralorg.preparation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The province's pool of trainers (seed 5.1.2). */
@Repository
class Trainers {

    record Trainer(long id, String provinceCode, String name, String affiliation, String expertise, String contact,
            String email, boolean active, String updatedBy, OffsetDateTime updatedAt) {
    }

    private final JdbcClient jdbc;

    Trainers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Trainer> findByProvince(String provinceCode) {
        return jdbc.sql("select * from mo.trainer where province_code = ? order by name, id")
                .param(provinceCode).query(Trainer.class).list();
    }

    Optional<Trainer> find(long id) {
        return jdbc.sql("select * from mo.trainer where id = ?").param(id).query(Trainer.class).optional();
    }

    long countActive(String provinceCode) {
        return jdbc.sql("select count(*) from mo.trainer where province_code = ? and active")
                .param(provinceCode).query(Long.class).single();
    }

    long add(String provinceCode, String name, String affiliation, String expertise, String contact, String email,
            boolean active, String by) {
        return jdbc.sql("""
                insert into mo.trainer (province_code, name, affiliation, expertise, contact, email, active, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(provinceCode, name, affiliation, expertise, contact, email, active, by).query(Long.class)
                .single();
    }

    void update(long id, String name, String affiliation, String expertise, String contact, String email,
            boolean active, String by) {
        jdbc.sql("""
                update mo.trainer set name = ?, affiliation = ?, expertise = ?, contact = ?, email = ?, active = ?,
                    updated_by = ?, updated_at = now() where id = ?""")
                .params(name, affiliation, expertise, contact, email, active, by, id).update();
    }
}
