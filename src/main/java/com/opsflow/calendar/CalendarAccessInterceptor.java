package com.opsflow.calendar;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Reading the calendar needs an authenticated user; changing it needs group bureau-it or
 * camunda-admin. Checked in an interceptor, before the request body is read, so that an
 * unauthorized caller learns nothing from validation errors.
 */
class CalendarAccessInterceptor implements HandlerInterceptor {

  static final Set<String> WRITER_GROUPS = Set.of("bureau-it", "camunda-admin");
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  private final IdentityService identityService;

  CalendarAccessInterceptor(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw CalendarAccessException.unauthenticated();
    }
    if (!READ_METHODS.contains(request.getMethod()) && !isWriter(authentication)) {
      throw CalendarAccessException.forbidden();
    }
    return true;
  }

  private static boolean isWriter(Authentication authentication) {
    List<String> groups = authentication.getGroupIds();
    return groups != null && groups.stream().anyMatch(WRITER_GROUPS::contains);
  }
}
