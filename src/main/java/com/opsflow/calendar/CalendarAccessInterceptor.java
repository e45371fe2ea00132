package com.opsflow.calendar;

import com.opsflow.engine.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reading the calendar needs an authenticated user; changing it needs group bureau-it or
 * camunda-admin. Checked in an interceptor, before the request body is read, so that an
 * unauthorized caller learns nothing from validation errors.
 */
class CalendarAccessInterceptor implements HandlerInterceptor {

  // bureau-it and camunda-admin of OpsFlowGroups, spelled out: security reaches calendar through the ticket's systems
  // (Tasklist filters), so calendar naming security would close a package cycle (issue 11)
  static final Set<String> WRITER_GROUPS = Set.of("bureau-it", "camunda-admin");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;

  CalendarAccessInterceptor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (CurrentUser.of(identityService) == null) {
      throw CalendarAccessException.unauthenticated();
    }
    if (!READ_METHODS.contains(request.getMethod()) && !CurrentUser.inAny(identityService, WRITER_GROUPS)) {
      throw CalendarAccessException.forbidden();
    }
    return true;
  }
}
