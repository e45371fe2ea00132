package com.opsflow.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.io.InputStream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
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
 */
public class RequestValidationFilter extends OncePerRequestFilter {

  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)$");

  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(?:complete|submit-form)$");

  private static final Pattern CLAIM = Pattern.compile(".*/task/([^/]+)/(?:claim|assignee)$");

  private final StartValidators validators;
  private final TaskCompletionValidators taskValidators;
  private final IdentityService identityService;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;
  private final ObjectMapper objectMapper;
  private final Map<String, String> keyById = new ConcurrentHashMap<>();

  public RequestValidationFilter(StartValidators validators, TaskCompletionValidators taskValidators,
      ProcessEngine engine, ObjectMapper objectMapper) {
    this.validators = validators;
    this.taskValidators = taskValidators;
    this.identityService = engine.getIdentityService();
    this.repositoryService = engine.getRepositoryService();
    this.formService = engine.getFormService();
    this.taskService = engine.getTaskService();
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod())
        || !(START.matcher(request.getRequestURI()).matches() || TASK.matcher(request.getRequestURI()).matches()
            || CLAIM.matcher(request.getRequestURI()).matches())
        || !webappSessionAuthenticated(request);
  }

  /** Webapp API calls without a logged-in session are left to Camunda, which answers 401 first. */
  private static boolean webappSessionAuthenticated(HttpServletRequest request) {
    if (!request.getRequestURI().startsWith(request.getContextPath() + "/camunda/api/")) {
      return true;
    }
    HttpSession session = request.getSession(false);
    return session != null && !AuthenticationUtil.getAuthsFromSession(session).getAuthentications().isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    try {
      JsonNode root = body.length == 0 ? null : objectMapper.readTree(body);
      Matcher task = TASK.matcher(request.getRequestURI());
      Matcher claim = CLAIM.matcher(request.getRequestURI());
      if (task.matches()) {
        checkTaskCompletion(task.group(1), root, currentUser(request));
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
      respondBadRequest(response, "请求体不是有效的 JSON / request body is not valid JSON: " + e.getMessage());
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  private void checkTaskCompletion(String taskId, JsonNode root, String userId) {
    Map<String, Object> submitted = variablesOf(root);
    Map<String, Object> current = currentVariables(taskId);
    taskFormRules(taskId).ifPresent(rules -> rules.check(submitted, current));
    Task task = findTask(taskId);
    if (task != null && task.getProcessDefinitionId() != null) {
      String processKey = keyOf(task.getProcessDefinitionId()).orElse("");
      taskValidators.forTask(processKey, task.getTaskDefinitionKey())
          .forEach(v -> v.validate(userId, task.getAssignee(), submitted, current));
    }
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
      taskValidators.forTask(processKey, task.getTaskDefinitionKey())
          .forEach(v -> v.validateClaim(userId.textValue(), current));
    }
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
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
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
      checkStart(request.getRequestURI(), root);
      return;
    }
    identityService.setAuthentication(user.getIdentityId(), user.getGroupIds() == null ? List.of()
        : List.copyOf(user.getGroupIds()));
    try {
      checkStart(request.getRequestURI(), root);
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
    if (businessKey != null && businessKey.isTextual() && !businessKey.textValue().isBlank()) {
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
    Map<String, String> error = Map.of("type", "InvalidRequestException", "message", message);
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
