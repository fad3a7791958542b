package th.moralorg.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * In production no demo user may exist (their password is "demo"), for example in a database
 * that once served a local run. Checked while the context starts, before the web server opens.
 */
@Component
@Profile("prod")
class ProductionAccountsCheck implements InitializingBean {

    private final IdentityService identity;

    ProductionAccountsCheck(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void afterPropertiesSet() {
        long demoUsers = identity.createUserQuery().userIdIn(DemoAccounts.IDS.toArray(String[]::new)).count();
        if (demoUsers > 0) {
            throw new IllegalStateException("Refusing to start the 'prod' profile: " + demoUsers
                    + " demo user(s) " + DemoAccounts.IDS + " exist in this database; delete them in Admin first. "
                    + "ไม่เริ่มระบบ: พบบัญชีผู้ใช้ทดลองในฐานข้อมูล");
        }
    }
}
