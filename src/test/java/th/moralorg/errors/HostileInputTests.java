package th.moralorg.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import th.moralorg.identity.DemoAccounts;
import th.moralorg.support.IntegrationTest;
import th.moralorg.support.SignIn;

/**
 * Issue 15 item 5: every operation of our OpenAPI document and every public form, walked with
 * hostile input (wrong types, huge and empty values, control and bidi characters, Thai edge
 * cases, malformed JSON and multipart, bad encodings), as DRA's officer (who may reach the most).
 * None may answer 5xx; every refusal is a 4xx with a Thai message; a request that would write
 * (POST, PUT, PATCH, DELETE) is refused; and nothing is stored. A search given odd text may
 * answer 200 with what it found (docs/operations.md, "Hostile input").
 */
@IntegrationTest
class HostileInputTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern THAI = Pattern.compile("[\\u0E01-\\u0E5B]");
    private static final String DEMO = "demo";

    /** Values put in every path and query parameter and every JSON property. */
    static final List<String> VALUES = List.of(
            "", " ", "abc", "-1", "0", "2147483648", "99999999999999999999999", "1e309", "NaN", "null", "true",
            "[]", "{}", "'; drop table mo.organisation; --", "<script>alert(1)</script>", "../../../etc/passwd",
            "\u0000", "a\u0007\u001b[31mb", "\u202e\u0e01\u0e02\u0e04\u202c", "\u200b\u200d\ufeff",
            "\u0e01\u0e48\u0e48\u0e48\u0e48\u0e34\u0e34", "\u0e51\u0e52\u0e53\u0e54", "\u0e4c\u0e4c", "MO-2569-50-0001' or '1'='1",
            "2569-13-45", "31/02/2569", "ก".repeat(5000), "\ud83d\ude00\ud83c\udff3\ufe0f\u200d\ud83c\udf08");

    /**
     * The values every field of every form must refuse, whatever it holds (missing, invisible,
     * control and bidi characters, too long): a form of free text only may take the others, as text.
     */
    static final List<String> REFUSED_BY_ANY_FIELD = List.of("", " ", "\u0000", "a\u0007\u001b[31mb",
            "\u202e\u0e01\u0e02\u0e04\u202c", "\u200b\u200d\ufeff", "ก".repeat(5000));

    /** Bodies no JSON reader should take, or that lie about their type. */
    static final List<String> MALFORMED_JSON = List.of("{", "[1, 2", "null", "\"text\"", "12", "{\"a\": }",
            "{\"a\":" + "[".repeat(5000), "{\"organisationName\": \"" + "ก".repeat(300_000) + "\"}", "\u0000\u0001");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger address = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();
    private int sent;

    @Test
    void everyOperationAndFormTakesHostileInputWithoutA5xxOrAnythingStored() throws Exception {
        Map<String, Long> before = stored();
        JsonNode doc = JSON.readTree(send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET(), false).body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.at("/paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields(); operations.hasNext();) {
                Map.Entry<String, JsonNode> operation = operations.next();
                walk(doc, path.getKey(), operation.getKey().toUpperCase(), operation.getValue());
            }
        }
        for (String form : List.of("/register", "/register/correction", "/set-password", "/status")) {
            walkForm(form);
        }
        // the signed-in pages' forms, each as the person who has them
        for (String[] page : List.of(new String[] {DemoAccounts.CHIANG_MAI_OFFICER, "/office"},
                new String[] {DemoAccounts.CHIANG_MAI_OFFICER, "/provinces/50/trainers"},
                new String[] {DemoAccounts.CHIANG_MAI_OFFICER, "/cases"},
                new String[] {DemoAccounts.DRA_OFFICER, "/dashboard"},
                new String[] {DemoAccounts.ADMIN, "/admin/notifications"},
                new String[] {DemoAccounts.CHIANG_MAI_OFFICER, "/registry"})) {
            walkPageForms(page[0], page[1]);
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "hostile-input-problems.txt"), problems);
        assertThat(problems).as("of %d hostile requests", sent).isEmpty();
        assertThat(sent).isGreaterThan(200);
        assertThat(stored()).as("nothing stored").isEqualTo(before);
    }

    private void walk(JsonNode doc, String path, String method, JsonNode operation) throws Exception {
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode body = operation.at("/requestBody/content");
        if (parameters.isEmpty() && body.isMissingNode()) {
            return; // nothing to be hostile to
        }
        boolean writes = !method.equals("GET");
        for (String value : VALUES) {
            String target = target(path, parameters, value);
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(target));
            if (body.has("application/json")) {
                JsonNode schema = resolve(doc, body.at("/application~1json/schema"));
                request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(jsonOf(doc, schema, value), StandardCharsets.UTF_8));
            } else if (body.has("multipart/form-data")) {
                request.header("Content-Type", "multipart/form-data; boundary=xyz")
                        .method(method, HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                                + value.replace("\"", "") + "\"\r\n\r\n" + value + "\r\n--xyz--\r\n", StandardCharsets.UTF_8));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            check(method + " " + target + " [" + shorten(value) + "]", send(request, true), writes);
        }
        if (body.has("application/json")) {
            String target = target(path, parameters, "1");
            for (String malformed : MALFORMED_JSON) {
                check(method + " " + target + " malformed " + shorten(malformed), send(HttpRequest.newBuilder(uri(target))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(malformed, StandardCharsets.UTF_8)), true), true);
            }
            byte[] badUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
            check(method + " " + target + " bad UTF-8", send(HttpRequest.newBuilder(uri(target))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(badUtf8)), true), true);
            check(method + " " + target + " text/plain", send(HttpRequest.newBuilder(uri(target))
                    .header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString("{}")), true), true);
        }
        if (body.has("multipart/form-data")) {
            String target = target(path, parameters, "1");
            check(method + " " + target + " broken multipart", send(HttpRequest.newBuilder(uri(target))
                    .header("Content-Type", "multipart/form-data; boundary=abc")
                    .method(method, HttpRequest.BodyPublishers.ofString("--abc\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nno end")),
                    true), true);
            check(method + " " + target + " multipart without boundary", send(HttpRequest.newBuilder(uri(target))
                    .header("Content-Type", "multipart/form-data")
                    .method(method, HttpRequest.BodyPublishers.ofString("x")), true), true);
        }
    }

    /** The path with every path parameter replaced and every query parameter given {@code value}. */
    private static String target(String path, List<JsonNode> parameters, String value) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
        String target = path;
        List<String> query = new ArrayList<>();
        for (JsonNode p : parameters) {
            String name = p.path("name").asText();
            switch (p.path("in").asText()) {
                case "path" -> target = target.replace("{" + name + "}", encoded.isEmpty() ? "%20" : encoded);
                case "query" -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + encoded);
                default -> {
                    // headers and cookies are the client's own
                }
            }
        }
        return query.isEmpty() ? target : target + "?" + String.join("&", query);
    }

    /** An object with every property of the schema set to the hostile value, as a string and, for numbers, raw. */
    private static String jsonOf(JsonNode doc, JsonNode schema, String value) {
        ObjectNode object = JSON.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode type = resolve(doc, property.getValue());
            if (type.path("type").asText().equals("array")) {
                object.putArray(property.getKey()).add(value).add(JSON.createObjectNode().put("x", value));
            } else if (type.path("type").asText().equals("object") || type.has("properties")) {
                object.putObject(property.getKey()).put("x", value);
            } else {
                object.put(property.getKey(), value);
            }
        }
        return object.toString();
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText();
        return ref.isEmpty() ? schema : doc.at(ref.substring(1));
    }

    /** A public form: its page's fields (and CSRF token, in a session of its own), every one hostile. */
    private void walkForm(String page) throws Exception {
        for (String value : VALUES) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String html = browser.send(HttpRequest.newBuilder(uri(page)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            if (!html.contains("name=\"_csrf\"")) {
                // a page that shows its form only for a valid link (correction): the registration's fields
                html = browser.send(HttpRequest.newBuilder(uri("/register")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
            }
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("token", value);
            Matcher names = Pattern.compile("<(?:input|select|textarea)[^>]*\\sname=\"([^\"]+)\"").matcher(html);
            while (names.find()) {
                fields.put(names.group(1), value);
            }
            Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
            assertThat(token.find()).as(page + " has a form").isTrue();
            fields.put("_csrf", token.group(1));
            String form = fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            sent++;
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri(page))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .header("X-Forwarded-For", nextAddress()).POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // the status lookup answers an unknown case as it answers a wrong address: 200, by design
            check("form " + page + " [" + shorten(value) + "]", answer, !page.equals("/status"));
        }
    }

    /** Every form of a signed-in page, each field given each hostile value; POST forms must refuse. */
    private void walkPageForms(String user, String page) throws Exception {
        HttpClient browser = SignIn.as(port, user, DEMO);
        String html = browser.send(HttpRequest.newBuilder(uri(page)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        Matcher forms = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL).matcher(html);
        int found = 0;
        while (forms.find()) {
            String attributes = forms.group(1);
            Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(attributes);
            String target = action.find() ? org.springframework.web.util.HtmlUtils.htmlUnescape(action.group(1)) : page;
            if (target.equals("/logout")) {
                continue;
            }
            boolean post = attributes.toLowerCase(java.util.Locale.ROOT).contains("method=\"post\"");
            List<String> names = new ArrayList<>();
            boolean takesInput = false;
            Matcher field = Pattern.compile("<(input|select|textarea)([^>]*)\\sname=\"([^\"]+)\"([^>]*)>").matcher(forms.group(2));
            while (field.find()) {
                if (!field.group(3).equals("_csrf")) {
                    names.add(field.group(3));
                    takesInput |= !(field.group(2) + field.group(4)).contains("type=\"hidden\"");
                }
            }
            if (post && !takesInput) {
                continue; // a button that acts (send again, switch off), not a form that takes input
            }
            found++;
            for (String value : post ? REFUSED_BY_ANY_FIELD : VALUES) {
                String query = names.stream().distinct().map(n -> URLEncoder.encode(n, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value, StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
                HttpRequest.Builder request;
                if (post) {
                    String token = csrf(browser, page);
                    request = HttpRequest.newBuilder(uri(target)).header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(query + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
                } else {
                    request = HttpRequest.newBuilder(uri(target + (target.contains("?") ? "&" : "?") + query)).GET();
                }
                sent++;
                HttpResponse<String> answer = browser.send(request.header("Accept", "text/html")
                        .header("X-Forwarded-For", nextAddress()).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                check((post ? "POST " : "GET ") + target + " by " + user + " [" + shorten(value) + "]", answer, post);
            }
        }
        assertThat(found).as(page + " has forms").isPositive();
    }

    /** A fresh CSRF field value of the page's form, for the person's session. */
    private String csrf(HttpClient browser, String page) throws Exception {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(browser.send(
                HttpRequest.newBuilder(uri(page)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        assertThat(token.find()).as(page + " has a CSRF field").isTrue();
        return token.group(1);
    }

    private void check(String request, HttpResponse<String> answer, boolean mustRefuse) {
        String what = shorten(request);
        int status = answer.statusCode();
        if (status >= 500) {
            problems.add(what + ": " + status + " " + shorten(answer.body()));
        } else if (mustRefuse && status < 400) {
            problems.add(what + ": accepted with " + status);
        } else if (status >= 400 && !THAI.matcher(answer.body()).find()) {
            problems.add(what + ": " + status + " without a Thai message: " + shorten(answer.body()));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, boolean signedIn) throws Exception {
        if (signedIn) {
            sent++;
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (DemoAccounts.DRA_OFFICER + ":" + DEMO).getBytes(StandardCharsets.UTF_8)));
        }
        // an address of its own for each request: the public limits must not refuse what the walk means to see
        request.header("X-Forwarded-For", nextAddress()).header("Accept", "application/json, application/problem+json");
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private String nextAddress() {
        int n = address.incrementAndGet();
        return "10.115." + (n / 250) + "." + (n % 250 + 1);
    }

    private URI uri(String target) {
        return URI.create("http://localhost:" + port + target);
    }

    /** Rows of every table a request could write to. */
    private Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("mo.organisation", "mo.organisation_case", "mo.form_submission", "mo.attachment",
                "mo.case_decision", "mo.provincial_event", "mo.review_meeting", "mo.review_item", "mo.national_report",
                "mo.trainer", "mo.issued_document", "mo.site_visit", "mo.event_honour", "act_id_user", "act_ru_task")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 120 ? flat.substring(0, 120) + "…" : flat;
    }
}
