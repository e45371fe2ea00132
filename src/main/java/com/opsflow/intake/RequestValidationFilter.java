package com.opsflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.opsflow.engine.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Validates what comes through the engine's REST API (engine-rest and the webapps' Tasklist API)
 * before the engine sees it, so bad input gets a 400 naming the field instead of the engine's generic
 * 500: process starts against the process's {@link StartValidator} (the engine listener repeats that
 * check for every other way in), task completions against the rules of the task's Camunda Form and
 * the task's {@link TaskCompletionValidator}s, claims and assignments against the same validators.
 *
 * <p>It also keeps task candidates from rewriting what the process decides on (issue 9): a completion
 * may write only the editable fields of the task's form ({@link FormRules#checkWritable}), and the
 * variable endpoints of tasks, executions and process instances ({@code PUT}, {@code POST},
 * {@code DELETE}) as well as BPMN errors and escalations thrown from a task (no model catches one) are
 * refused with 403 naming the variable for everybody but the administrators' group (given by security). Paths
 * are matched as the servlet container maps them ({@code …/complete/}, {@code …/complete;x=1} are the same resource).
 */
public class RequestValidationFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");

  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(?:complete|submit-form|resolve)$");

  private static final Pattern CLAIM = Pattern.compile(".*/task/([^/]+)/(?:claim|assignee)$");

  private static final Pattern TASK_EVENT = Pattern.compile(".*/task/([^/]+)/(?:bpmnError|bpmnEscalation)$");

  private static final Pattern VARIABLES = Pattern.compile(
      ".*/(?:task|execution|process-instance)/([^/]+)/(?:variables|localVariables)(?:/([^/]+)(?:/data)?)?$");

  private final StartValidators validators;
  private final TaskCompletionValidators taskValidators;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ObjectMapper objectMapper;
  private final String adminGroup;
  private final Map<String, String> keyById = new ConcurrentHashMap<>();

  public RequestValidationFilter(StartValidators validators, TaskCompletionValidators taskValidators,
      ProcessEngine engine, ObjectMapper objectMapper, String adminGroup) {
    this.validators = validators;
    this.taskValidators = taskValidators;
    this.identityService = engine.getIdentityService();
    this.repositoryService = engine.getRepositoryService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.runtimeService = engine.getRuntimeService();
    this.objectMapper = objectMapper;
    this.adminGroup = adminGroup;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = path(request);
    boolean variables = VARIABLES.matcher(path).matches() && !"GET".equals(request.getMethod())
        && !"HEAD".equals(request.getMethod());
    boolean post = "POST".equals(request.getMethod()) && (START.matcher(path).matches()
        || TASK.matcher(path).matches() || CLAIM.matcher(path).matches() || TASK_EVENT.matcher(path).matches());
    return !(variables || post) || !webappSessionAuthenticated(request);
  }

  /**
   * The request's path as the container mapped it: decoded, without path parameters ({@code ;x=1}),
   * repeated or trailing slashes, so no spelling of a resource skips the checks.
   */
  static String path(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  /** Webapp API calls without a logged-in session are left to Camunda, which answers 401 first. */
  private static boolean webappSessionAuthenticated(HttpServletRequest request) {
    if (!path(request).startsWith("/camunda/api/")) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    String path = path(request);
    try {
      JsonNode root = body.length == 0 ? null : objectMapper.readTree(body);
      Matcher variables = VARIABLES.matcher(path);
      Matcher task = TASK.matcher(path);
      Matcher claim = CLAIM.matcher(path);
      if (variables.matches()) {
        refuseVariableWrite(request, variables.group(2), root);
      } else if (TASK_EVENT.matcher(path).matches()) {
        refuseTaskEvent(request);
      } else if (task.matches()) {
        Set<String> drop = checkTaskCompletion(task.group(1), root, currentUser(request), isAdmin(request));
        if (!drop.isEmpty() && root != null && root.get("variables") instanceof ObjectNode vars) {
          vars.remove(drop);
          body = objectMapper.writeValueAsBytes(root);
        }
      } else if (claim.matches()) {
        checkClaim(claim.group(1), root);
      } else {
        checkStartAs(request, root);
      }
    } catch (ActionNotAllowedException e) {
      respond(response, HttpServletResponse.SC_FORBIDDEN, e.getMessage());
      return;
    } catch (InvalidInputException e) {
      respondBadRequest(response, e.getMessage());
      return;
    } catch (IOException e) {
      respondBadRequest(response, "请求体不是有效的 JSON / request body is not valid JSON");
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  /**
   * Variables of running instances and tasks are written by the process and by task completions
   * through their forms, never directly by a user (an administrator repairing data excepted, which the
   * engine's operation log keeps).
   */
  private void refuseVariableWrite(HttpServletRequest request, String name, JsonNode root) {
    if (isAdmin(request)) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    if (name != null) {
      names.add(name);
    } else if (root != null) {
      root.path("modifications").fieldNames().forEachRemaining(names::add);
      root.path("deletions").forEach(n -> names.add(n.asText()));
    }
    String list = names.isEmpty() ? "" : String.join("、", names) + " ";
    throw new ActionNotAllowedException(names.isEmpty() ? "variables" : names.iterator().next(), "流程变量 " + list
        + "由流程和任务表单写入，不能直接修改或删除；请通过办理任务的表单填写 / process variables " + list
        + "are written by the process and the task forms only; they cannot be changed or deleted directly");
  }

  /** No model catches a BPMN error or escalation thrown from a user task: ending a flow that way is refused. */
  private void refuseTaskEvent(HttpServletRequest request) {
    if (!isAdmin(request)) {
      throw new ActionNotAllowedException("errorCode", "OpsFlow 的流程不接收从任务抛出的 BPMN 错误或升级事件，请通过任务表单办理"
          + " / OpsFlow's processes catch no BPMN error or escalation thrown from a task; complete it through its form");
    }
  }

  private Set<String> checkTaskCompletion(String taskId, JsonNode root, String userId, boolean admin) {
    Map<String, Object> submitted = variablesOf(root);
    Map<String, Object> current = currentVariables(taskId);
    Optional<FormRules> rules = taskFormRules(taskId);
    Set<String> drop = new LinkedHashSet<>();
    if (rules.isPresent() && !admin) {
      drop.addAll(rules.get().checkWritable(submitted, current));
      drop.forEach(submitted::remove);
    }
    rules.ifPresent(r -> r.check(submitted, current));
    Task task = findTask(taskId);
    if (task != null && task.getProcessDefinitionId() != null) {
      String processKey = keyOf(task.getProcessDefinitionId()).orElse("");
      TaskCompletionValidator.TaskRef ref = ref(task);
      taskValidators.forTask(processKey, task.getTaskDefinitionKey())
          .forEach(v -> v.validate(ref, userId, submitted, current));
    }
    return drop;
  }

  private void checkClaim(String taskId, JsonNode root) {
    JsonNode userId = root == null ? null : root.get("userId");
    if (userId == null || !userId.isTextual() || userId.textValue().isBlank()) {
      return; // unclaiming, or a body the engine refuses itself
    }
    Task task = findTask(taskId);
    if (task != null && task.getProcessDefinitionId() != null) {
      String processKey = keyOf(task.getProcessDefinitionId()).orElse("");
      Map<String, Object> current = currentVariables(taskId);
      TaskCompletionValidator.TaskRef ref = ref(task);
      taskValidators.forTask(processKey, task.getTaskDefinitionKey())
          .forEach(v -> v.validateClaim(ref, userId.textValue(), current));
    }
  }

  private TaskCompletionValidator.TaskRef ref(Task task) {
    String businessKey = null;
    if (task.getProcessInstanceId() != null) {
      try {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult();
        businessKey = instance == null ? null : instance.getBusinessKey();
      } catch (RuntimeException e) {
        businessKey = null; // not readable for this user: rules then rest on the instance alone
      }
    }
    return new TaskCompletionValidator.TaskRef(task.getId(), task.getProcessInstanceId(), businessKey,
        task.getAssignee());
  }

  /** Whether the caller (engine-rest user or webapp session) is an administrator. */
  private boolean isAdmin(HttpServletRequest request) {
    if (CurrentUser.of(identityService) != null) {
      return CurrentUser.groups(identityService).contains(adminGroup);
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      for (UserAuthentication user : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
        return user.getGroupIds() != null && user.getGroupIds().contains(adminGroup);
      }
    }
    return false;
  }

  private Task findTask(String taskId) {
    try {
      return taskService.createTaskQuery().taskId(taskId).singleResult();
    } catch (RuntimeException e) {
      return null; // the engine answers unknown or unauthorized tasks itself
    }
  }

  /** The caller: engine-rest's HTTP Basic user, or the webapp session's user. */
  private String currentUser(HttpServletRequest request) {
    String engineUser = CurrentUser.of(identityService);
    if (engineUser != null) {
      return engineUser;
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      for (UserAuthentication user : AuthenticationUtil.getAuthsFromSession(session).getAuthentications()) {
        return user.getIdentityId();
      }
    }
    return null;
  }

  /**
   * Start validators see the starting user as the engine's start listener will: a Tasklist (webapp
   * session) start gets the session's user as engine authentication while it is checked.
   */
  private void checkStartAs(HttpServletRequest request, JsonNode root) {
    HttpSession session = identityService.getCurrentAuthentication() != null ? null : request.getSession(false);
    UserAuthentication user = session == null ? null
        : AuthenticationUtil.getAuthsFromSession(session).getAuthentications().stream().findFirst().orElse(null);
    if (user == null) {
      checkStart(path(request), root);
      return;
    }
    identityService.setAuthentication(user.getIdentityId(), user.getGroupIds() == null ? List.of()
        : List.copyOf(user.getGroupIds()));
    try {
      checkStart(path(request), root);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private void checkStart(String uri, JsonNode root) {
    Matcher start = START.matcher(uri);
    start.matches();
    Optional<String> key = start.group(1) != null ? Optional.of(start.group(1)) : keyOf(start.group(2));
    Optional<StartValidator> validator = key.flatMap(validators::forProcess);
    if (validator.isEmpty()) {
      return;
    }
    JsonNode businessKey = root == null ? null : root.get("businessKey");
    if (businessKey != null && !businessKey.isNull() && (!businessKey.isTextual() || !businessKey.textValue().isBlank())) {
      throw InvalidInputException.businessKeyGiven();
    }
    validator.get().validate(variablesOf(root));
  }

  /** The rules of the task's Camunda Form; none when the task has no such form or is not the caller's to see. */
  private Optional<FormRules> taskFormRules(String taskId) {
    try (InputStream form = formService.getDeployedTaskForm(taskId)) {
      return Optional.of(FormRules.of(form, objectMapper));
    } catch (RuntimeException | IOException e) {
      return Optional.empty(); // the engine answers unknown, unauthorized or form-less tasks itself
    }
  }

  private Map<String, Object> currentVariables(String taskId) {
    try {
      return taskService.getVariables(taskId);
    } catch (RuntimeException e) {
      return Map.of();
    }
  }

  private Optional<String> keyOf(String definitionId) {
    String cached = keyById.get(definitionId);
    if (cached != null) {
      return Optional.of(cached);
    }
    try {
      ProcessDefinition definition = repositoryService.getProcessDefinition(definitionId);
      keyById.put(definitionId, definition.getKey());
      return Optional.of(definition.getKey());
    } catch (RuntimeException e) {
      // unknown id or not readable for this user: the engine answers that itself
      return Optional.empty();
    }
  }

  /**
   * The "variables" of a start or submit-form body: {"name": {"value": ..., "type": ...}}. Values keep
   * their JSON kind (an object becomes a map, an array a list), so a validator sees a number or an
   * object where a text belongs and refuses it instead of reading its string form.
   */
  private Map<String, Object> variablesOf(JsonNode root) {
    Map<String, Object> variables = new HashMap<>();
    JsonNode vars = root == null ? null : root.get("variables");
    if (vars == null || !vars.isObject()) {
      return variables;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = vars.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode value = entry.getValue() instanceof ObjectNode o ? o.get("value") : entry.getValue();
      if (value == null || value.isNull()) {
        variables.put(entry.getKey(), null);
      } else if (value.isBoolean()) {
        variables.put(entry.getKey(), value.booleanValue());
      } else if (value.isNumber()) {
        variables.put(entry.getKey(), value.numberValue());
      } else {
        variables.put(entry.getKey(), value.isTextual() ? value.textValue() : objectMapper.convertValue(value, Object.class));
      }
    }
    return variables;
  }

  private void respondBadRequest(HttpServletResponse response, String message) throws IOException {
    respond(response, HttpServletResponse.SC_BAD_REQUEST, message);
  }

  private void respond(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    // the engine REST API's error shape, so clients read OpsFlow's refusals like the engine's own
    Map<String, String> error = Map.of("type", status == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException"
        : "InvalidRequestException", "message", message);
    response.getWriter().write(objectMapper.writeValueAsString(error));
  }

  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public java.io.BufferedReader getReader() {
      return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
