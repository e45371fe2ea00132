package com.opsflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening headers on every answer of OpsFlow's /api, set before anything else runs so that
 * 401, 403 and error answers carry them too: no MIME sniffing, no caching of ticket data, no framing,
 * and a content security policy that allows nothing (JSON needs nothing). An answer that a browser
 * should render (the on-site confirmation slip) replaces the policy with its own; Swagger UI's pages get a
 * policy that lets them run their own scripts.
 */
public final class ApiResponseHeaders extends OncePerRequestFilter {

  public static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
  static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
  /** Swagger UI (springdoc, issue 16) is a page: its own scripts, styles and icons, calls to this server only. */
  static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
  static final String SWAGGER_UI_PATH = "/api/swagger-ui/";

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Frame-Options", "DENY");
    boolean swaggerUi = request.getRequestURI().startsWith(request.getContextPath() + SWAGGER_UI_PATH);
    response.setHeader(CONTENT_SECURITY_POLICY, swaggerUi ? SWAGGER_UI_POLICY : API_POLICY);
    chain.doFilter(request, response);
  }
}
