package th.moralorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.moralorg.support.SignIn;
import th.moralorg.identity.DemoAccounts;
import th.moralorg.organisationcase.CaseDriver;
import th.moralorg.reference.FiscalYear;
import th.moralorg.support.IntegrationTest;

/**
 * Issue 9's access matrix: every role against every state-changing endpoint of /api,
 * /engine-rest and /camunda/api, own and other province or organisation, and the same request
 * from another site. The expected answers are the table in docs/access.md ("Access matrix"), so
 * the rule people read is the rule tested; an /api endpoint missing from it fails the test.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTests {

    static final Path DOCUMENT = Path.of("docs", "access.md");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String DEMO = "demo";
    static final String COORDINATOR_PASSWORD = "ประสานงาน2570matrix";
    static final String ATTACKER = "https://attacker.example";
    static final String FAKE_CASE = "MO-2500-50-9999";

    /** The table's columns, in order. */
    enum Role {
        ANONYMOUS, OFFICER_OWN, OFFICER_OTHER, COORDINATOR_OWN, COORDINATOR_OTHER, DRA, MANAGER, ADMIN
    }

    record Row(String endpoint, Map<Role, String> cells, String fromAnotherSite) {
    }

    /** One request; {@code reset} undoes what a permitted caller changed, so every cell meets the same state. */
    record Call(String method, String path, String contentType, byte[] body, Runnable reset) {

        static Call json(String method, String path, String json) {
            return new Call(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), () -> {
            });
        }

        Call then(Runnable after) {
            return new Call(method, path, contentType, body, after);
        }

        boolean webapp() {
            return path.startsWith("/camunda/api/");
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final HttpClient http = HttpClient.newHttpClient();
    final Map<Role, HttpClient> sessions = new EnumMap<>(Role.class);
    final Map<Role, String> csrfTokens = new EnumMap<>(Role.class);
    final Map<Role, String[]> credentials = new EnumMap<>(Role.class);
    final Set<String> passwordsSet = new java.util.HashSet<>();
    Map<String, Function<Role, Call>> calls;

    String year;
    String caseWithOrganisationTask;
    String caseWithOfficerTask;
    String caseWaiting;
    String organisationTask;
    String officerTask;
    String officerCase;
    long trainer;
    long trainerRequest;
    long event;
    long meeting;
    long notification;
    String eventDefinition;

    @BeforeAll
    void cases() throws Exception {
        year = String.valueOf(FiscalYear.containing(LocalDate.now()).buddhistYear());
        credentials.put(Role.OFFICER_OWN, new String[] {DemoAccounts.CHIANG_MAI_OFFICER, DEMO});
        credentials.put(Role.OFFICER_OTHER, new String[] {DemoAccounts.BANGKOK_OFFICER, DEMO});
        credentials.put(Role.DRA, new String[] {DemoAccounts.DRA_OFFICER, DEMO});
        credentials.put(Role.MANAGER, new String[] {DemoAccounts.MANAGER, DEMO});
        credentials.put(Role.ADMIN, new String[] {DemoAccounts.ADMIN, DEMO});

        // Chiang Mai: one case at the organisation's first step, one waiting for the PCO, one more organisation
        caseWithOrganisationTask = register(Role.COORDINATOR_OWN);
        completeAsSystem(caseWithOrganisationTask, Map.of("intentDecision", "ACCEPT"));
        completeAsSystem(caseWithOrganisationTask, Map.of("orientationDate", "2025-12-05"));
        organisationTask = onlyTask(caseWithOrganisationTask).getId();
        caseWaiting = register(Role.COORDINATOR_OTHER);
        completeAsSystem(caseWaiting, Map.of("intentDecision", "ACCEPT"));
        caseWithOfficerTask = register(null);
        Task review = onlyTask(caseWithOfficerTask);
        officerTask = review.getId();
        officerCase = review.getProcessInstanceId();

        trainer = id(send(Role.OFFICER_OWN, Call.json("POST", "/api/provinces/50/trainers", trainerJson()), false), "/id");
        event = id(send(Role.OFFICER_OWN, Call.json("POST", "/api/events", eventJson()), false), "/id");
        trainerRequest = jdbc.sql("insert into mo.trainer_request (province_code, case_number, topic, requested_by)"
                + " values ('50', ?, 'การจัดทำแผนส่งเสริมคุณธรรม', ?) returning id")
                .params(caseWithOrganisationTask, DemoAccounts.CHIANG_MAI_OFFICER).query(Long.class).single();
        // a meeting opens only while a case awaits review: stand one in, as scheduled
        meeting = jdbc.sql("insert into mo.review_meeting (province_code, fiscal_year, status, opened_by)"
                + " values ('50', ?, 'SCHEDULED', ?) returning id").params(Integer.parseInt(year),
                DemoAccounts.CHIANG_MAI_OFFICER).query(Long.class).single();
        notification = jdbc.sql("select min(id) from mo.notification").query(Long.class).single();
        eventDefinition = repository.createProcessDefinitionQuery().processDefinitionKey("provincial-event")
                .latestVersion().singleResult().getId();
        calls = calls();
        for (Role role : Role.values()) {
            sessions.put(role, signIn(role));
        }
    }

    @Test
    void everyRoleGetsItsAnswerOnEveryStateChangingEndpoint() {
        SoftAssertions softly = new SoftAssertions();
        for (Row row : matrix()) {
            Function<Role, Call> call = calls.get(row.endpoint());
            if (call == null) {
                softly.fail("docs/access.md lists %s but the test has no request for it", row.endpoint());
                continue;
            }
            for (Role role : Role.values()) {
                String expected = row.cells().get(role);
                if (!"—".equals(expected)) {
                    check(softly, row.endpoint(), role.name(), expected, send(role, call.apply(role), false), call.apply(role));
                }
            }
            Role sender = row.cells().entrySet().stream().filter(e -> "ok".equals(e.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElse(Role.ADMIN);
            check(softly, row.endpoint(), "from another site as " + sender, row.fromAnotherSite(),
                    send(sender, call.apply(sender), true), call.apply(sender));
        }
        softly.assertAll();

        // nothing any refused call tried stuck
        assertThat(tasks.createTaskQuery().taskId(officerTask).singleResult().getAssignee()).isNull();
        assertThat(tasks.createTaskQuery().taskId(organisationTask).singleResult().getAssignee()).isNull();
        assertThat(runtime.getVariables(officerCase)).doesNotContainKeys("eventId", "reviewMeetingId", "completenessDecision");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(FAKE_CASE).count()).isZero();
        assertThat(repository.createDeploymentQuery().deploymentName("matrix-probe").count()).isZero();
        assertThat(identity.createUserQuery().userId("matrix.probe").count()).isZero();
        assertThat(jdbc.sql("select count(*) from mo.trainer_request where case_number = ? or event_id = ?")
                .params(caseWithOrganisationTask, event).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from mo.trainer_session where request_id = ?").param(trainerRequest)
                .query(Integer.class).single()).isZero();
        assertThat(onlyTask(caseWaiting).getTaskDefinitionKey()).isEqualTo("recordOrientation");
    }

    @Test
    void everyStateChangingApiEndpointIsInTheMatrix() {
        Set<String> listed = new TreeSet<>();
        matrix().forEach(row -> listed.add(shape(row.endpoint())));
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getMethodsCondition().getMethods().stream()
                .filter(m -> m != RequestMethod.GET && m != RequestMethod.HEAD && m != RequestMethod.OPTIONS)
                .forEach(method -> info.getPatternValues().stream().filter(p -> p.startsWith("/api/"))
                        .forEach(path -> served.add(shape(method + " " + path)))));
        assertThat(served).isNotEmpty();
        assertThat(listed).as("state-changing endpoints of /api missing from docs/access.md").containsAll(served);
    }

    private void check(SoftAssertions softly, String endpoint, String who, String expected,
            HttpResponse<String> answer, Call call) {
        int status = answer.statusCode();
        boolean met = switch (expected) {
            case "ok" -> status < 500 && status != 401 && status != 403 && status != 404;
            case "no" -> status == 403 || status == 404;
            default -> status == Integer.parseInt(expected);
        };
        softly.assertThat(met).as("%s by %s: expected %s, got %d %s", endpoint, who, expected, status,
                answer.body().length() > 300 ? answer.body().substring(0, 300) : answer.body()).isTrue();
        if (status < 500) {
            softly.assertThat(answer.body()).as("%s by %s answers without exception text", endpoint, who)
                    .doesNotContain("Exception:", "\tat ");
        }
        call.reset().run();
    }

    /** The table between the access-matrix markers of docs/access.md. */
    static List<Row> matrix() {
        String document;
        try {
            document = Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String table = document.substring(document.indexOf("<!-- access-matrix:start -->"),
                document.indexOf("<!-- access-matrix:end -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : table.lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
            Map<Role, String> byRole = new EnumMap<>(Role.class);
            for (Role role : Role.values()) {
                byRole.put(role, cells[role.ordinal() + 1].trim());
            }
            rows.add(new Row(cells[0].trim(), byRole, cells[Role.values().length + 1].trim()));
        }
        assertThat(rows).hasSizeGreaterThan(20);
        return rows;
    }

    /** "POST /api/events/{id}/x" and "`POST /api/events/{event}/x` (note)" alike. */
    static String shape(String endpoint) {
        return endpoint.replaceAll("\\(.*\\)", "").replace("`", "").trim().replaceAll("\\{[^}]*}", "{}");
    }

    private Map<String, Function<Role, Call>> calls() {
        String meetingPath = "/api/review-meetings/" + meeting;
        String eventPath = "/api/events/" + event;
        String task = "/engine-rest/task/" + officerTask;
        String webappEngine = "/camunda/api/engine/engine/default";
        Map<String, Function<Role, Call>> all = new LinkedHashMap<>();
        all.put("`POST /api/registrations`", role -> Call.json("POST", "/api/registrations", "{}"));
        all.put("`POST /api/registrations/correction`", role -> Call.json("POST", "/api/registrations/correction",
                "{\"token\":\"not-a-token\"}"));
        all.put("`POST /api/accounts/set-password`", role -> Call.json("POST", "/api/accounts/set-password",
                "{\"token\":\"not-a-token\",\"password\":\"matrix2570probe\"}"));
        all.put("`POST /api/preparations`", role -> Call.json("POST", "/api/preparations",
                "{\"provinceCode\":\"50\",\"fiscalYear\":" + year + "}"));
        all.put("`POST /api/provinces/{province}/trainers`", role -> Call.json("POST", "/api/provinces/50/trainers",
                trainerJson()));
        all.put("`PUT /api/provinces/{province}/trainers/{trainer}`", role -> Call.json("PUT",
                "/api/provinces/50/trainers/" + trainer, trainerJson()));
        // an empty topic, a trainer id of 0, an empty session: whoever passes the access check gets 400, nothing stored
        all.put("`POST /api/cases/{case}/trainer-requests`", role -> Call.json("POST", "/api/cases/"
                + caseWithOrganisationTask + "/trainer-requests", "{\"topic\":\"\"}"));
        all.put("`POST /api/events/{event}/trainer-requests`", role -> Call.json("POST", eventPath
                + "/trainer-requests", "{\"topic\":\"\"}"));
        all.put("`PUT /api/trainer-requests/{request}/trainer`", role -> Call.json("PUT", "/api/trainer-requests/"
                + trainerRequest + "/trainer", "{\"trainerId\":0}"));
        all.put("`POST /api/trainer-requests/{request}/sessions`", role -> Call.json("POST", "/api/trainer-requests/"
                + trainerRequest + "/sessions", "{}"));
        all.put("`POST /api/events`", role -> Call.json("POST", "/api/events", eventJson()));
        all.put("`POST /api/events/{event}/invitations`", role -> Call.json("POST", eventPath + "/invitations",
                "{\"caseNumbers\":[]}"));
        all.put("`PUT /api/events/{event}/attendance`", role -> Call.json("PUT", eventPath + "/attendance",
                "{\"caseNumbers\":[\"" + FAKE_CASE + "\"]}"));
        all.put("`PUT /api/events/{event}/honours`", role -> Call.json("PUT", eventPath + "/honours", "[]"));
        all.put("`POST /api/events/{event}/certificates/{certificate}/reissue`", role -> Call.json("POST", eventPath
                + "/certificates/999999999/reissue", "{}"));
        all.put("`POST /api/review-meetings`", role -> Call.json("POST", "/api/review-meetings", meetingJson()));
        all.put("`PUT /api/review-meetings/{meeting}/resolutions`", role -> Call.json("PUT", meetingPath + "/resolutions",
                "[{\"caseNumber\":\"" + FAKE_CASE + "\",\"resolution\":\"CERTIFIED\",\"certifiedLevel\":9}]"));
        all.put("`POST /api/review-meetings/{meeting}/minutes`", role -> upload(meetingPath + "/minutes", "minutes.pdf"));
        all.put("`POST /api/cases/{case}/attachments`", role -> upload("/api/cases/" + caseWithOrganisationTask
                + "/attachments", "evidence.pdf"));
        all.put("`POST /api/cases/{case}/certificate/reissue`", role -> Call.json("POST", "/api/cases/"
                + caseWithOrganisationTask + "/certificate/reissue", "{}"));
        all.put("`POST /api/admin/notifications/{notification}/resend`", role -> Call.json("POST",
                "/api/admin/notifications/" + notification + "/resend", "{}"));
        all.put("`PUT /api/admin/notifications/preferences/{user}`", role -> Call.json("PUT",
                "/api/admin/notifications/preferences/" + DemoAccounts.CHIANG_MAI_OFFICER, "{\"taskMail\":\"IMMEDIATE\"}"));
        all.put("`POST /engine-rest/process-definition/key/{process}/start`", role -> Call.json("POST",
                "/engine-rest/process-definition/key/provincial-review/start", startJson()));
        all.put("`POST /engine-rest/process-definition/key/{process}/submit-form`", role -> Call.json("POST",
                "/engine-rest/process-definition/key/organisation-case/submit-form", startJson()));
        all.put("`POST /engine-rest/process-definition/{definition}/start`", role -> Call.json("POST",
                "/engine-rest/process-definition/" + eventDefinition + "/start", startJson()));
        all.put("`POST /engine-rest/message` (a start message)", role -> Call.json("POST", "/engine-rest/message",
                "{\"messageName\":\"IntentSubmitted\",\"businessKey\":\"" + FAKE_CASE
                        + "\",\"processVariables\":{\"provinceCode\":{\"value\":\"50\"}}}"));
        all.put("`POST /engine-rest/message` (to a waiting case)", role -> Call.json("POST", "/engine-rest/message",
                "{\"messageName\":\"OrientationAttended\",\"businessKey\":\"" + caseWaiting + "\"}"));
        all.put("`PUT /engine-rest/task/{officerTask}/variables/{name}`", role -> Call.json("PUT",
                task + "/variables/eventId", "{\"value\":\"1\",\"type\":\"String\"}").then(this::clearPlantedVariables));
        all.put("`POST /engine-rest/task/{officerTask}/variables`", role -> Call.json("POST", task + "/variables",
                "{\"modifications\":{\"reviewMeetingId\":{\"value\":\"1\",\"type\":\"String\"}}}")
                .then(this::clearPlantedVariables));
        all.put("`POST /engine-rest/process-instance/{officerCase}/variables`", role -> Call.json("POST",
                "/engine-rest/process-instance/" + officerCase + "/variables",
                "{\"modifications\":{\"completenessDecision\":{\"value\":\"COMPLETE\",\"type\":\"String\"}}}")
                .then(this::clearPlantedVariables));
        all.put("`POST /engine-rest/task/{officerTask}/claim`", role -> claim(task, role, officerTask));
        all.put("`POST /engine-rest/task/{organisationTask}/claim`", role -> claim("/engine-rest/task/" + organisationTask,
                role, organisationTask));
        all.put("`POST /engine-rest/task/{officerTask}/complete`", role -> Call.json("POST", task + "/complete",
                "{\"variables\":{\"intentDecision\":{\"value\":\"MAYBE\"}}}"));
        all.put("`POST /engine-rest/task/{organisationTask}/submit-form`", role -> Call.json("POST",
                "/engine-rest/task/" + organisationTask + "/submit-form", badSharedVision()));
        all.put("`POST /engine-rest/deployment/create`", role -> deployment());
        all.put("`POST /engine-rest/task/{organisationTask}/bpmnError`", role -> Call.json("POST",
                "/engine-rest/task/" + organisationTask + "/bpmnError", "{\"errorCode\":\"matrix\"}"));
        all.put("`POST /engine-rest/task/{organisationTask}/resolve`", role -> Call.json("POST",
                "/engine-rest/task/" + organisationTask + "/resolve", "{\"variables\":{}}"));
        all.put("`POST /engine-rest/task/{officerTask}/comment/create`", role -> Call.json("POST",
                task + "/comment/create", "{\"message\":\"บันทึกทดสอบสิทธิ์\"}")
                .then(() -> tasks.deleteTaskComments(officerTask)));
        all.put("`POST /engine-rest/task/{officerTask}/attachment/create`", role -> multipart(
                task + "/attachment/create", "content", "note.pdf", "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8),
                Map.of("attachment-name", "matrix-note", "attachment-type", "application/pdf"))
                .then(() -> tasks.getTaskAttachments(officerTask)
                        .forEach(a -> tasks.deleteTaskAttachment(officerTask, a.getId()))));
        all.put("`PUT /engine-rest/user/{coordinator}/profile`", role -> {
            User coordinator = identity.createUserQuery().userId(credentials.get(Role.COORDINATOR_OWN)[0]).singleResult();
            return Call.json("PUT", "/engine-rest/user/" + coordinator.getId() + "/profile", "{\"id\":\""
                    + coordinator.getId() + "\",\"firstName\":\"" + coordinator.getFirstName() + "\",\"lastName\":\""
                    + coordinator.getLastName() + "\",\"email\":\"" + coordinator.getEmail() + "\"}");
        });
        all.put("`POST /engine-rest/identity/verify`", role -> Call.json("POST", "/engine-rest/identity/verify",
                "{\"username\":\"" + credentials.get(Role.COORDINATOR_OWN)[0] + "\",\"password\":\"not-it\"}"));
        all.put("`POST /camunda/api/engine/engine/default/task/{officerTask}/claim`",
                role -> claim(webappEngine + "/task/" + officerTask, role, officerTask));
        all.put("`POST /camunda/api/engine/engine/default/task/{organisationTask}/submit-form`", role -> Call.json("POST",
                webappEngine + "/task/" + organisationTask + "/submit-form", badSharedVision()));
        all.put("`POST /camunda/api/engine/engine/default/process-definition/key/{process}/submit-form`",
                role -> Call.json("POST", webappEngine + "/process-definition/key/organisation-case/submit-form",
                        startJson()));
        all.put("`POST /camunda/api/engine/engine/default/user/create`", role -> Call.json("POST",
                webappEngine + "/user/create", "{\"profile\":{\"id\":\"matrix.probe\",\"firstName\":\"ทดสอบ\","
                        + "\"lastName\":\"สิทธิ์\",\"email\":\"matrix.probe@culture.go.th\"},"
                        + "\"credentials\":{\"password\":\"Matrix-2570-probe\"}}")
                .then(() -> identity.deleteUser("matrix.probe")));
        return all;
    }

    private Call claim(String taskPath, Role role, String taskId) {
        String user = role == Role.ANONYMOUS ? "nobody" : credentials.get(role)[0];
        return Call.json("POST", taskPath + "/claim", "{\"userId\":\"" + user + "\"}")
                .then(() -> tasks.setAssignee(taskId, null));
    }

    private void clearPlantedVariables() {
        List.of("eventId", "reviewMeetingId", "completenessDecision").forEach(name -> runtime.removeVariable(officerCase, name));
    }

    private static Call upload(String path, String fileName) {
        return multipart(path, "file", fileName, "not a PDF at all".getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** A harmless model; what an administrator deploys is taken away again. */
    private Call deployment() {
        String model = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"probe\">"
                + "<process id=\"matrix-probe\" isExecutable=\"true\" camunda:historyTimeToLive=\"P1D\">"
                + "<startEvent id=\"start\"/></process></definitions>";
        return multipart("/engine-rest/deployment/create", "data", "matrix-probe.bpmn",
                model.getBytes(StandardCharsets.UTF_8), Map.of("deployment-name", "matrix-probe"))
                .then(() -> repository.createDeploymentQuery().deploymentName("matrix-probe").list()
                        .forEach(d -> repository.deleteDeployment(d.getId(), true)));
    }

    private static Call multipart(String path, String part, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----matrix" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Call("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray(), () -> {
        });
    }

    private static String badSharedVision() {
        return "{\"variables\":{\"participationPercent\":{\"value\":150,\"type\":\"Integer\"}}}";
    }

    private static String startJson() {
        return "{\"businessKey\":\"" + FAKE_CASE + "\",\"variables\":{\"provinceCode\":{\"value\":\"50\"}}}";
    }

    private static String trainerJson() {
        return "{\"name\":\"นางสาวอบรม ดีงาม\",\"affiliation\":\"สำนักงานวัฒนธรรมจังหวัดเชียงใหม่\","
                + "\"expertise\":\"การขับเคลื่อนองค์กรคุณธรรม\",\"contact\":\"053-000-000\",\"active\":true}";
    }

    private String eventJson() {
        return "{\"provinceCode\":\"50\",\"fiscalYear\":" + year + ",\"eventType\":\"GOODNESS_MARKET\","
                + "\"title\":\"ตลาดนัดความดีทดสอบสิทธิ์\",\"plannedOn\":\"" + LocalDate.now().plusDays(30)
                + "\",\"place\":\"ศาลากลางจังหวัดเชียงใหม่\"}";
    }

    private String meetingJson() {
        return "{\"provinceCode\":\"50\",\"fiscalYear\":" + year + "}";
    }

    /** Registers a Chiang Mai organisation on the public API; the coordinator's sign-in is kept for {@code role}. */
    private String register(Role role) throws Exception {
        Map<String, Object> form = CaseDriver.registrationForm("50", Integer.parseInt(year));
        HttpResponse<String> answer = send(Role.ANONYMOUS, Call.json("POST", "/api/registrations",
                JSON.writeValueAsString(form)), false);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        if (role != null) {
            credentials.put(role, new String[] {(String) form.get("coordinatorEmail"), COORDINATOR_PASSWORD});
        }
        return JSON.readTree(answer.body()).get("caseNumber").asText();
    }

    /** Completes the case's one task as the system; a coordinator account it created gets its password. */
    private void completeAsSystem(String caseNumber, Map<String, Object> variables) {
        tasks.complete(onlyTask(caseNumber).getId(), variables);
        credentials.values().stream().filter(c -> c[1].equals(COORDINATOR_PASSWORD)).forEach(c -> {
            User coordinator = identity.createUserQuery().userId(c[0]).singleResult();
            if (coordinator != null && passwordsSet.add(c[0])) {
                coordinator.setPassword(COORDINATOR_PASSWORD);
                identity.saveUser(coordinator);
            }
        });
    }

    private Task onlyTask(String caseNumber) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static long id(HttpResponse<String> answer, String pointer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        return JSON.readTree(answer.body()).at(pointer).asLong();
    }

    /** A webapp session as the browser gets it: the CSRF token from a page, then the login form. */
    private HttpClient signIn(Role role) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        // anonymous visitors never reach a webapp page, so they hold no webapp token either
        csrfTokens.put(role, "none");
        if (role != Role.ANONYMOUS) {
            String[] login = credentials.get(role);
            HttpResponse<String> signedIn = SignIn.post(client, port, login[0], login[1], null);
            assertThat(signedIn.statusCode()).as("%s signs in", role).isEqualTo(302);
            // Tasklist's page hands out the webapps' own CSRF token
            csrfTokens.put(role, client.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(),
                    HttpResponse.BodyHandlers.ofString()).headers().firstValue("X-XSRF-TOKEN").orElseThrow());
        }
        return client;
    }

    private HttpResponse<String> send(Role role, Call call, boolean fromAnotherSite) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(call.path()))
                .method(call.method(), HttpRequest.BodyPublishers.ofByteArray(call.body()));
        if (call.contentType() != null) {
            request.header("Content-Type", call.contentType());
        }
        HttpClient client = http;
        if (call.webapp()) {
            client = sessions.get(role);
            request.header("X-XSRF-TOKEN", csrfTokens.get(role));
        } else if (role != Role.ANONYMOUS) {
            String[] login = credentials.get(role);
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8)));
        }
        if (fromAnotherSite) {
            request.header("Origin", ATTACKER).header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "cors");
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
