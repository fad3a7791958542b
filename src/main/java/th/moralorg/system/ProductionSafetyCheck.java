package th.moralorg.system;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile, before anything connects anywhere, without an
 * external database or with a well-known administrator password. Demo users already in the
 * database are refused by {@link ProductionAccountsCheck} once the engine is up.
 */
public class ProductionSafetyCheck implements EnvironmentPostProcessor {

    static final Set<String> DEFAULT_PASSWORDS = Set.of("demo", "admin", "password", "camunda", "changeme",
            "secret", "123456", "12345678", "qwerty");
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        // the Binder, not env.getProperty: it also finds relaxed names such as CAMUNDA_BPM_ADMINUSER_PASSWORD
        Binder binder = Binder.get(env);
        String url = binder.bind("spring.datasource.url", String.class).orElse("").trim();
        if (url.isEmpty() || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalStateException("""
                    Refusing to start the 'prod' profile: no external PostgreSQL datasource is configured. \
                    Set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/db), SPRING_DATASOURCE_USERNAME and \
                    SPRING_DATASOURCE_PASSWORD (docs/operations.md). \
                    ไม่เริ่มระบบ: ยังไม่ได้กำหนดฐานข้อมูล PostgreSQL สำหรับใช้งานจริง""");
        }
        String adminPassword = binder.bind("camunda.bpm.admin-user.password", String.class).orElse(null);
        if (adminPassword != null && isWeak(adminPassword)) {
            throw new IllegalStateException("""
                    Refusing to start the 'prod' profile: CAMUNDA_BPM_ADMINUSER_PASSWORD is a default or shorter \
                    than %d characters. ไม่เริ่มระบบ: รหัสผ่านผู้ดูแลระบบเป็นค่าเริ่มต้นหรือสั้นเกินไป"""
                    .formatted(MIN_ADMIN_PASSWORD_LENGTH));
        }
    }

    static boolean isWeak(String password) {
        return password.length() < MIN_ADMIN_PASSWORD_LENGTH
                || DEFAULT_PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }
}
