package th.moralorg.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.moralorg.support.Api;
import th.moralorg.support.IntegrationTest;

/** The front page in the one layout, the font served by us, and nothing loaded from another host. */
@IntegrationTest
class LayoutTests {

    /** An address in src/href/action/url(…) or @import that names a host (scheme or "//"). */
    private static final Pattern OTHER_HOST = Pattern.compile(
            "(?:\\b(?:src|href|action|srcset)\\s*=\\s*[\"']?|url\\(\\s*[\"']?|@import\\s+[\"']?)(?:[a-z][a-z0-9+.-]*:)?//",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FONT_URL = Pattern.compile("url\\((/fonts/[^)]+)\\)");

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitorSeesTheThaiLayoutWithASignInLinkAndNoSignOut() {
        HttpResponse<String> front = new Api(port).get("/", null, null);
        assertThat(front.statusCode()).isEqualTo(200);
        assertThat(front.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        String page = front.body();
        assertThat(page).contains("<html lang=\"th\">", "name=\"viewport\"", "href=\"/moralorg.css\"",
                "<title>ระบบบริหารงานองค์กรคุณธรรม</title>",
                "class=\"brand\" href=\"/\">ระบบบริหารงานองค์กรคุณธรรม</a>",
                "<a class=\"skip-link\" href=\"#main\">", "<main id=\"main\"",
                "<a class=\"sign-in\" href=\"/login\">เข้าสู่ระบบ</a>",
                // the navigation of nobody: the front page only, marked as the page shown
                "<a href=\"/\" aria-current=\"page\">หน้าแรก</a>",
                // the front page's own content, as static/index.html had it
                "ลงทะเบียนแสดงความจำนง", "href=\"/register\"", "href=\"/kit\"");
        assertThat(page).doesNotContain("/logout", "ออกจากระบบ")
                .doesNotContainPattern("<script|\\sstyle=|\\son[a-z]+=");
        String navigation = page.substring(page.indexOf("<nav"), page.indexOf("</nav>"));
        assertThat(navigation).contains("หน้าแรก").doesNotContain("/camunda/app/", "/office", "/admin/notifications");
    }

    @Test
    void theFontsAreServedByTheApplicationWithAFontType() {
        Api api = new Api(port);
        String css = api.get("/moralorg.css", null, null).body();
        Matcher font = FONT_URL.matcher(css);
        List<String> fonts = new ArrayList<>();
        while (font.find()) {
            fonts.add(font.group(1));
        }
        assertThat(fonts).contains("/fonts/sarabun/sarabun-thai-400-normal.woff2",
                "/fonts/sarabun/sarabun-thai-700-normal.woff2", "/fonts/sarabun/sarabun-latin-400-normal.woff2",
                "/fonts/sarabun/sarabun-latin-700-normal.woff2");
        for (String path : fonts) {
            HttpResponse<byte[]> file = api.getBytes(path, null, null);
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Type")).as(path).hasValue("font/woff2");
            assertThat(new String(file.body(), 0, 4, StandardCharsets.ISO_8859_1)).as(path).isEqualTo("wOF2");
        }
        assertThat(api.get("/fonts/sarabun/OFL.txt", null, null).body()).contains("SIL OPEN FONT LICENSE Version 1.1");
    }

    @Test
    void theStaticPagesScriptsAndStylesAreStillServed() {
        Api api = new Api(port);
        for (String path : new String[] {"/moralorg.css", "/js/confirm.js", "/kit", "/register"}) {
            assertThat(api.get(path, null, null).statusCode()).as(path).isEqualTo(200);
        }
        // gone: what is not a known public page asks a visitor to sign in first
        assertThat(api.get("/index.html", null, null).statusCode()).isEqualTo(302);
    }

    @Test
    void noPageTemplateScriptOrStyleLoadsAnythingFromAnotherHost() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/resources/static")),
                Files.walk(Path.of("src/main/resources/templates")))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|css|js)$")).toList()) {
                Matcher other = OTHER_HOST.matcher(Files.readString(file));
                while (other.find()) {
                    offenders.add(file + ": " + other.group());
                }
            }
        }
        Matcher served = OTHER_HOST.matcher(new Api(port).get("/", null, null).body());
        while (served.find()) {
            offenders.add("/: " + served.group());
        }
        assertThat(offenders).isEmpty();
        // the pattern would see one
        assertThat(OTHER_HOST.matcher("<link href=\"https://fonts.googleapis.com/css2\">").find()).isTrue();
        assertThat(OTHER_HOST.matcher("src: url(//fonts.gstatic.com/s/sarabun.woff2)").find()).isTrue();
    }
}
