package th.moralorg;

import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile, before anything connects anywhere, without an
 * external database, without an explicit administrator password, or with a weak one. Demo users already in the
 * database are refused by identity.ProductionAccountsCheck once the engine is up.
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
        // Without a password Camunda would give the administrator its own user id as password.
        String adminId = binder.bind("camunda.bpm.admin-user.id", String.class).orElse("").strip();
        String adminPassword = binder.bind("camunda.bpm.admin-user.password", String.class).orElse("");
        if (adminId.isEmpty() || adminPassword.isBlank()) {
            throw new IllegalStateException("""
                    Refusing to start the 'prod' profile: no administrator password is set. Set \
                    CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD (docs/operations.md). \
                    ไม่เริ่มระบบ: ยังไม่ได้กำหนดรหัสผ่านผู้ดูแลระบบ""");
        }
        if (isWeak(adminPassword, adminId)) {
            throw new IllegalStateException("""
                    Refusing to start the 'prod' profile: CAMUNDA_BPM_ADMINUSER_PASSWORD is a default or shorter \
                    than %d characters, holds the user id, or lacks a lower-case letter, an upper-case letter, a digit \
                    or another character. ไม่เริ่มระบบ: รหัสผ่านผู้ดูแลระบบเป็นค่าเริ่มต้น สั้นเกินไป หรือเดาง่าย"""
                    .formatted(MIN_ADMIN_PASSWORD_LENGTH));
        }
    }

    /** Camunda's own policy (enable-password-policy in prod) asks the same four kinds of character. */
    static boolean isWeak(String password, String userId) {
        String lower = password.toLowerCase(Locale.ROOT);
        return password.length() < MIN_ADMIN_PASSWORD_LENGTH
                || DEFAULT_PASSWORDS.contains(lower)
                || !userId.isEmpty() && lower.contains(userId.toLowerCase(Locale.ROOT))
                || password.chars().noneMatch(Character::isLowerCase)
                || password.chars().noneMatch(Character::isUpperCase)
                || password.chars().noneMatch(Character::isDigit)
                || password.chars().allMatch(Character::isLetterOrDigit);
    }
}
