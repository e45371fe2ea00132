package com.opsflow.security;

import com.opsflow.engine.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in, and the webapps' CSRF token of this session, for OpsFlow's own pages outside /camunda (the
 * attachment page, docs/adr/0011): Camunda's XSRF-TOKEN cookie is scoped to /camunda, so such a page cannot read it.
 * The answer is JSON to a same-origin GET only (no CORS, nosniff, no-store), so a cross-site page cannot read the
 * token; it is the token a webapp page already holds. {@code csrfToken} is null for HTTP Basic callers and for a
 * session that has not yet been handed a token by the webapps.
 */
@RestController
class WebappSessionController {

  private final IdentityService identity;

  WebappSessionController(IdentityService identity) {
    this.identity = identity;
  }

  @GetMapping("/api/session")
  Map<String, Object> session(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object token = session == null ? null : session.getAttribute(
        WebappSessionOrBasicAuthenticationProvider.CSRF_SESSION_ATTRIBUTE);
    Map<String, Object> answer = new HashMap<>();
    answer.put("userId", CurrentUser.of(identity));
    answer.put("groups", CurrentUser.groups(identity));
    answer.put("csrfToken", request.getHeader("Authorization") == null && token instanceof String t ? t : null);
    return answer;
  }
}
