package com.opsflow.intake;

import com.opsflow.engine.CurrentUser;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Turns the engine REST API's 500 answers (engine-rest and the webapps' API) into what the failure is
 * (issue 9): a refused input 400 or 403 with its reason, a task claimed or completed by someone else in the
 * meantime or any concurrent change 409 (the engine's optimistic lock, or a register's key such as the one
 * completion of a task in {@code task_completion}), and never an internal exception text or stack detail; a real
 * server error keeps 500 with a neutral message and is logged. Reads only changing requests (GET answers
 * pass through unbuffered). The one place that turns engine failures into answers: a refusal thrown by a listener
 * on any endpoint that starts or continues an instance (process-definition start, message, signal, task complete)
 * reaches engine-rest as a 500 and is answered here.
 */
public class EngineErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineErrorFilter.class);
  private static final Pattern TASK_ACTION = Pattern.compile(".*/task/([^/]+)/[A-Za-z-]+$");

  private final ProcessEngine engine;
  private final ObjectMapper objectMapper;

  public EngineErrorFilter(ProcessEngine engine, ObjectMapper objectMapper) {
    this.engine = engine;
    this.objectMapper = objectMapper;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineFailures.clear();
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, buffered);
      if (buffered.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
        rewrite(request, buffered, EngineFailures.last());
      } else if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN
          && EngineFailures.last() instanceof AuthorizationException && taskGone(request)) {
        // the task's grants went with the task another user just completed
        conflict(buffered);
      }
    } finally {
      EngineFailures.clear();
      buffered.copyBodyToResponse();
    }
  }

  private void rewrite(HttpServletRequest request, ContentCachingResponseWrapper response, RuntimeException failure)
      throws IOException {
    int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    String type = "ServerError";
    String message = "服务器内部错误，已记录日志，请稍后重试或联系管理员 / internal server error; it has been logged";
    InvalidInputException invalid = cause(failure, InvalidInputException.class);
    if (invalid instanceof ActionNotAllowedException) {
      status = HttpServletResponse.SC_FORBIDDEN;
      type = "AuthorizationException";
      message = invalid.getMessage();
    } else if (invalid != null) {
      status = HttpServletResponse.SC_BAD_REQUEST;
      type = "InvalidRequestException";
      message = invalid.getMessage();
    } else if (cause(failure, AuthorizationException.class) != null) {
      status = HttpServletResponse.SC_FORBIDDEN;
      type = "AuthorizationException";
      message = "无权执行此操作 / not authorized for this action";
    } else if (cause(failure, OptimisticLockingException.class) != null
        || cause(failure, TaskAlreadyClaimedException.class) != null
        || cause(failure, DuplicateKeyException.class) != null || taskTakenMeanwhile(request, failure)) {
      conflict(response);
      return;
    } else {
      LOG.error("Engine request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
    }
    answer(response, status, type, message);
  }

  private void conflict(ContentCachingResponseWrapper response) throws IOException {
    answer(response, HttpServletResponse.SC_CONFLICT, "ConflictException", "该任务或工单刚被其他人认领、办理或修改，"
        + "请刷新后重试 / the task or ticket was just claimed, completed or changed by someone else; reload and try again");
  }

  private void answer(ContentCachingResponseWrapper response, int status, String type, String message)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(objectMapper.writeValueAsBytes(Map.of("type", type, "message", message)));
  }

  /**
   * A task action that failed because the task is gone or now someone else's: two people completed or
   * claimed it at once (the engine then answers "cannot find task" or fails on the vanished task).
   */
  private boolean taskTakenMeanwhile(HttpServletRequest request, RuntimeException failure) {
    return (failure == null || cause(failure, NullValueException.class) != null
        || cause(failure, NullPointerException.class) != null) && taskGone(request);
  }

  /** A task action whose task no longer exists. */
  private boolean taskGone(HttpServletRequest request) {
    Matcher task = TASK_ACTION.matcher(RequestValidationFilter.path(request));
    if (!task.matches()) {
      return false;
    }
    // whether the task exists at all, not whether the caller may see it (a 403 for a task of another group stays 403)
    IdentityService identity = engine.getIdentityService();
    return CurrentUser.withoutAuthentication(identity, () -> engine.getTaskService().createTaskQuery().taskId(task.group(1)).count() == 0);
  }

  private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
