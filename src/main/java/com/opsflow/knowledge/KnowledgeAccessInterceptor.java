package com.opsflow.knowledge;

import com.opsflow.engine.CurrentUser;
import com.opsflow.security.OpsFlowGroups;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.servlet.HandlerInterceptor;

/** Reading the knowledge base needs an authenticated user; changing it the knowledge group or camunda-admin. */
class KnowledgeAccessInterceptor implements HandlerInterceptor {

  static final Set<String> WRITER_GROUPS = Set.of(OpsFlowGroups.KNOWLEDGE, OpsFlowGroups.ADMIN);
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;

  KnowledgeAccessInterceptor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
    if (CurrentUser.of(identityService) == null) {
      return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "请先登录 / authentication required");
    }
    if (!READ_METHODS.contains(request.getMethod()) && !CurrentUser.inAny(identityService, WRITER_GROUPS)) {
      return refuse(response, HttpServletResponse.SC_FORBIDDEN, "forbidden",
          "只有知识库岗或管理员可以修改知识库 / only the knowledge group or camunda-admin may change the knowledge base");
    }
    return true;
  }

  private static boolean refuse(HttpServletResponse response, int status, String error, String message) throws Exception {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write("{\"error\":\"" + error + "\",\"message\":\"" + message + "\"}");
    return false;
  }
}
