package th.moralorg.identity;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.web.filter.OncePerRequestFilter;

import th.moralorg.errors.ApiErrors;
import th.moralorg.web.RequestPaths;

/**
 * The engine's other ways to steer a case, which its grants leave open to whoever may work or
 * only read a task, on both REST APIs: a BPMN error or escalation thrown from a task ends or
 * diverts the case, and resolving one writes its form's values into the case without completing
 * it (TASK_WORK is all either asks); comments and attachments are written with no
 * permission check at all; every user holds ALL on their own user record, and their e-mail is
 * where one-time links go; {@code /identity/verify} tells whether anyone's password is right.
 * These are administrators' only, except that a task's own candidates may comment on it.
 */
class EngineSideDoors extends OncePerRequestFilter {

    static final String MESSAGE = "ท่านไม่มีสิทธิ์ดำเนินการนี้ หากจำเป็นต้องใช้ กรุณาติดต่อผู้ดูแลระบบ";
    private static final String API = "(?i)/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)";
    private static final Pattern COMMENT = Pattern.compile(API + "/task/([^/]+)/comment/create");
    private static final List<Pattern> ADMINISTRATORS_ONLY = List.of(
            Pattern.compile(API + "/task/[^/]+/(?:bpmnerror|bpmnescalation|resolve)"),
            Pattern.compile(API + "/task/[^/]+/(?:attachment|comment)(?:/.*)?"),
            Pattern.compile(API + "/task/comment"),
            Pattern.compile(API + "/process-instance/[^/]+/comment(?:/.*)?"),
            Pattern.compile(API + "/process-instance/comment"),
            Pattern.compile(API + "/user/[^/]+(?:/profile)?"),
            Pattern.compile(API + "/identity/verify"));

    private final IdentityService identity;
    private final TaskService tasks;
    private final AsSystem asSystem;

    EngineSideDoors(IdentityService identity, TaskService tasks, AsSystem asSystem) {
        this.identity = identity;
        this.tasks = tasks;
        this.asSystem = asSystem;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equalsIgnoreCase(request.getMethod()) || "HEAD".equalsIgnoreCase(request.getMethod())
                || "OPTIONS".equalsIgnoreCase(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = RequestPaths.normalised(request);
        Optional<WebappSession.SignedIn> caller = caller(request, path);
        if (caller.isEmpty() || caller.get().groups().contains(Roles.ADMINISTRATORS)) {
            // nobody signed in: the APIs' own authentication refuses
            chain.doFilter(request, response);
            return;
        }
        Matcher comment = COMMENT.matcher(path);
        if (comment.matches() && "POST".equalsIgnoreCase(request.getMethod())) {
            if (isCandidate(comment.group(1), caller.get())) {
                chain.doFilter(request, response);
            } else {
                ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", TaskWorkRefused.MESSAGE);
            }
            return;
        }
        if (ADMINISTRATORS_ONLY.stream().anyMatch(door -> door.matcher(path).matches())) {
            ApiErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** /engine-rest has authenticated the caller by now; the webapps keep theirs in the session. */
    private Optional<WebappSession.SignedIn> caller(HttpServletRequest request, String path) {
        if (path.regionMatches(true, 0, "/camunda/", 0, 9)) {
            return WebappSession.of(request);
        }
        return CurrentUser.of(identity).map(user -> new WebappSession.SignedIn(user, CurrentUser.groups(identity)));
    }

    private boolean isCandidate(String taskId, WebappSession.SignedIn caller) {
        return asSystem.call(() -> tasks.createTaskQuery().taskId(taskId).count() > 0
                && tasks.getIdentityLinksForTask(taskId).stream()
                        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                        .anyMatch(link -> caller.userId().equals(link.getUserId())
                                || link.getGroupId() != null && caller.groups().contains(link.getGroupId())));
    }
}
