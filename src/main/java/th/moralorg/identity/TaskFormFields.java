package th.moralorg.identity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.web.CachedBodyRequest;
import th.moralorg.web.RequestPaths;

/**
 * A task's completion carries only the fields of that task's own Camunda Form: every variable
 * name sent to complete, submit-form or resolve on either REST API must be a field key of the
 * form the task deployed with; anything else is refused with 400 and a Thai message naming it,
 * before the engine stores anything. A task without a form takes no variables. Without it a
 * client could complete a step with variables a later step or a delegate trusts.
 */
class TaskFormFields extends OncePerRequestFilter {

    /** Thai refusal; the unknown field names follow it. */
    static final String REFUSAL = "แบบฟอร์มของงานนี้ไม่มีช่องต่อไปนี้ ระบบจึงไม่บันทึก:";
    private static final Pattern COMPLETION = Pattern.compile(
            "(?i)/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final TaskService tasks;
    private final FormService forms;
    /** Field keys per process definition id and task definition key: a deployed form never changes. */
    private final Map<String, Set<String>> fields = new ConcurrentHashMap<>();

    TaskFormFields(TaskService tasks, FormService forms) {
        this.tasks = tasks;
        this.forms = forms;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.normalised(request);
        Matcher completion = "POST".equalsIgnoreCase(request.getMethod()) ? COMPLETION.matcher(path) : null;
        if (completion == null || !completion.matches()) {
            chain.doFilter(request, response);
            return;
        }
        if (path.regionMatches(true, 0, "/camunda/", 0, 9) && !WebappSession.isSignedIn(request)) {
            // not signed in to the webapps: theirs to refuse, before anyone learns of the task
            chain.doFilter(request, response);
            return;
        }
        CachedBodyRequest replay = CachedBodyRequest.readCapped(request, response);
        if (replay == null) {
            return;
        }
        byte[] body = replay.body();
        // as the caller sees it on /engine-rest (their authentication is set; a task they may not
        // see is the engine's to refuse, 404/403); the webapps authenticate later in the chain
        Task task = tasks.createTaskQuery().taskId(completion.group(1)).singleResult();
        if (task == null) {
            chain.doFilter(replay, response);
            return;
        }
        Set<String> sent;
        try {
            sent = variableNames(body);
        } catch (IOException unreadable) {
            refuse(response, "ข้อมูลที่ส่งมาอ่านไม่ได้ กรุณาส่งเป็น JSON ที่ถูกต้อง");
            return;
        }
        Set<String> unknown = new TreeSet<>(sent);
        unknown.removeAll(fieldsOf(task));
        if (!unknown.isEmpty()) {
            refuse(response, REFUSAL + " " + String.join(", ", unknown));
            return;
        }
        chain.doFilter(replay, response);
    }

    /** The names under every top-level member called "variables" (any letter case). */
    private static Set<String> variableNames(byte[] body) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        if (new String(body, StandardCharsets.UTF_8).isBlank()) {
            return names;
        }
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            return names;
        }
        for (Iterator<Map.Entry<String, JsonNode>> members = root.fields(); members.hasNext();) {
            Map.Entry<String, JsonNode> member = members.next();
            if ("variables".equalsIgnoreCase(member.getKey()) && member.getValue().isObject()) {
                member.getValue().fieldNames().forEachRemaining(names::add);
            }
        }
        return names;
    }

    private Set<String> fieldsOf(Task task) {
        return fields.computeIfAbsent(task.getProcessDefinitionId() + '|' + task.getTaskDefinitionKey(),
                key -> formKeys(task.getId()));
    }

    private Set<String> formKeys(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            Set<String> keys = new LinkedHashSet<>();
            collect(JSON.readTree(form).path("components"), keys);
            return Set.copyOf(keys);
        } catch (ProcessEngineException noForm) {
            return Set.of();
        } catch (IOException unreadable) {
            throw new IllegalStateException("Unreadable deployed form of task " + taskId, unreadable);
        }
    }

    /**
     * The variables a form-js form submits: each field's key (its first segment when dotted), a
     * group's or dynamic list's path for everything inside it, and the fields of groups without one.
     */
    static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            String path = component.path("path").asText("");
            if (!key.isEmpty()) {
                keys.add(key.split("\\.", 2)[0]);
            } else if (!path.isEmpty()) {
                keys.add(path.split("\\.", 2)[0]);
            } else if (component.has("components")) {
                collect(component.path("components"), keys);
            }
        }
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", "InvalidRequestException");
        error.put("message", message);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(error));
    }
}
