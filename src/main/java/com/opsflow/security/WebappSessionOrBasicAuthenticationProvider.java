package com.opsflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/**
 * /api for people and machines: HTTP Basic as before, and — for reading only — the user logged into the Camunda
 * webapps in this browser session, so that the Cockpit dashboard (运维指标) and its ticket links reach /api/kpis and
 * /api/tickets behind the webapps' own login (issue 13).
 *
 * <p>CSRF: the session is accepted for GET and HEAD only. A cross-site page can make a browser send the session
 * cookie, but a GET on /api changes nothing and its answer is not readable cross-origin (no CORS). Every other
 * method still needs HTTP Basic, which a browser never adds on its own to a forged request; a webapp session
 * alone gets 401 there, even with the webapps' CSRF token. An Authorization header, when sent, always decides.
 *
 * <p>One exception, for the attachment page users open from Tasklist forms (docs/adr/0011): a POST uploading an
 * attachment ({@link #UPLOAD_PATHS}) or a DELETE withdrawing one's draft ({@link #DRAFT_PATH}) is accepted with the
 * session when it carries the webapps' CSRF token in the {@code X-XSRF-TOKEN} header, equal to the one Camunda's
 * CsrfPreventionFilter keeps in the session — the same double-submit check the webapps' own POSTs pass. A cross-site
 * form or script cannot read that token, so a forged upload still gets 401.
 */
public class WebappSessionOrBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  static final Set<String> SESSION_METHODS = Set.of("GET", "HEAD");
  /** Writes the webapp session may send with the CSRF token: uploading attachments (a ticket's, or drafts)... */
  static final Pattern UPLOAD_PATHS = Pattern.compile("/api/tickets/[^/]+/attachments|/api/attachment-drafts");
  /** ... and withdrawing one's own draft. */
  static final Pattern DRAFT_PATH = Pattern.compile("/api/attachment-drafts/\\d+");
  static final String CSRF_HEADER = "X-XSRF-TOKEN";
  /** Where Camunda's CsrfPreventionFilter keeps the session's token (CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME). */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader("Authorization") == null
        && (SESSION_METHODS.contains(request.getMethod()) || csrfProtectedUpload(request))) {
      String user = webappUser(request.getSession(false), engine);
      if (user != null) {
        // groups are left null: the filter reads them from the identity service now, not from the session's cache
        return AuthenticationResult.successful(user);
      }
    }
    return super.extractAuthenticatedUser(request, engine);
  }

  /** A POST to an upload path (or a DELETE of a draft) whose X-XSRF-TOKEN header equals the session's CSRF token (compared in constant time). */
  static boolean csrfProtectedUpload(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean write = "POST".equals(request.getMethod()) && UPLOAD_PATHS.matcher(path).matches()
        || "DELETE".equals(request.getMethod()) && DRAFT_PATH.matcher(path).matches();
    if (!write) {
      return false;
    }
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
    String sent = request.getHeader(CSRF_HEADER);
    return expected instanceof String token && !token.isEmpty() && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  /** The user of the webapp login in {@code session} for {@code engine}, if that user still exists. */
  static String webappUser(HttpSession session, ProcessEngine engine) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (authentication == null || authentication.getIdentityId() == null) {
      return null;
    }
    String user = authentication.getIdentityId();
    boolean exists = engine.getIdentityService().createUserQuery().userId(user).count() == 1;
    return exists ? user : null;
  }
}
