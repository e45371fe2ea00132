package com.opsflow.operations;

import com.opsflow.engine.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import com.opsflow.security.OpsFlowGroups;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Health details and metrics are for operators: members of {@code camunda-admin} or {@code monitoring}
 * (a technical group with no other right, for the Prometheus scraper). The REST authentication filter has
 * already answered 401 to anyone without valid credentials; every other user gets 403.
 */
class ActuatorAccessFilter extends OncePerRequestFilter {

  static final List<String> GROUPS = List.of(OpsFlowGroups.ADMIN, OpsFlowGroups.MONITORING);

  private final IdentityService identity;

  ActuatorAccessFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!CurrentUser.inAny(identity, GROUPS)) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"error\":\"forbidden\",\"message\":\"运行状态和指标仅供系统管理员和运行监控组查看"
          + " / health details and metrics are for camunda-admin and monitoring only\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
