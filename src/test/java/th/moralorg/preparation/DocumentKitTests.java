package th.moralorg.preparation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.reference.FormCode;
import th.moralorg.reference.Level;
import th.moralorg.reference.OrganisationType;
import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** Seed 5.1.3: the document kit the PCO confirms can be printed or saved by anyone, without login. */
@IntegrationTest
class DocumentKitTests {

    @LocalServerPort
    int port;

    @Test
    void theKitHoldsFormsO01ToO05AndTheNineStepGuidelineAndTheTaskLinksToIt() throws Exception {
        HttpResponse<String> kit = new Api(port).get("/kit", null, null);

        assertThat(kit.statusCode()).isEqualTo(200);
        assertThat(kit.body()).contains("แบบ อ.01", "แบบ อ.02", "แบบ อ.03", "แบบ อ.04", "แบบ อ.05",
                "แนวทางการประเมินตนเองตาม 9 ขั้นตอน", "เผยแพร่องค์ความรู้และพร้อมเป็นแหล่งเรียนรู้ให้องค์กรอื่น",
                // the Thai names from th.moralorg.reference, written on the server
                FormCode.DECLARATION.thai(), Level.THREE.thai(), OrganisationType.SCHOOL.thai(),
                "คุณธรรมเป้าหมาย: พอเพียง วินัย สุจริต จิตอาสา กตัญญู",
                // printing through a module, as the policy allows no inline script or handler
                "<script type=\"module\" src=\"/js/print.js\"></script>", "data-print")
                .doesNotContainPattern("<script>|\\sstyle=|\\son[a-z]+=");
        assertThat(new Api(port).get("/js/print.js", null, null).body()).contains("window.print()");
        assertThat(Files.readString(Path.of("bpmn", "preparation", "document-kit.form"))).contains("](/kit)");
    }

    @Test
    void theOldAddressMovesForGood() {
        HttpResponse<String> old = new Api(port).get("/kit.html", null, null);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/kit");
    }
}
