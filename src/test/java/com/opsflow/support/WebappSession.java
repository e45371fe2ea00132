package com.opsflow.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A user logged into Tasklist as the browser does it: session cookie plus the webapps' CSRF token. */
public class WebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static WebappSession anonymous(TestRestTemplate rest) {
    WebappSession session = new WebappSession(rest);
    session.remember(rest.exchange("/camunda/app/tasklist/", HttpMethod.GET, new HttpEntity<>(new HttpHeaders()),
        String.class));
    return session;
  }

  public static WebappSession login(TestRestTemplate rest, String user, String password) {
    WebappSession session = anonymous(rest);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> answer = rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    if (!answer.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("Tasklist login of " + user + " failed: " + answer.getStatusCode());
    }
    session.remember(answer);
    // the login starts a new session; its first read hands out the CSRF token that session expects
    session.remember(rest.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class));
    return session;
  }

  public ResponseEntity<String> postJson(String path, Object body) {
    HttpHeaders headers = headers();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    remember(answer);
    return answer;
  }

  /** A GET as the browser sends it from a webapp page: session cookie (and the CSRF token header, if known). */
  public ResponseEntity<String> get(String path) {
    ResponseEntity<String> answer = rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    remember(answer);
    return answer;
  }

  /** A POST as a forged cross-site request would send it: session cookie, but no X-XSRF-TOKEN header. */
  public ResponseEntity<String> postJsonWithoutCsrfToken(String path, Object body) {
    HttpHeaders headers = headers();
    headers.remove("X-XSRF-TOKEN");
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  /**
   * A file upload ({@code multipart/form-data}, field {@code file}) as the attachment page sends it: with the CSRF
   * token header, or — {@code withCsrfToken} false — as a forged cross-site form would, with the session cookie only.
   */
  public ResponseEntity<String> postFile(String path, String fileName, byte[] content, boolean withCsrfToken) {
    HttpHeaders headers = headers();
    if (!withCsrfToken) {
      headers.remove("X-XSRF-TOKEN");
    }
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(file(fileName, content), headers), String.class);
  }

  /** A DELETE as the attachment page sends it (with the CSRF token header) or as a forged request would (without). */
  public ResponseEntity<String> delete(String path, boolean withCsrfToken) {
    HttpHeaders headers = headers();
    if (!withCsrfToken) {
      headers.remove("X-XSRF-TOKEN");
    }
    return rest.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers), String.class);
  }

  /** A multipart body with one file in field {@code file}. */
  public static MultiValueMap<String, Object> file(String fileName, byte[] content) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("file", new org.springframework.core.io.ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    return form;
  }

  /** The CSRF token the webapps handed this session (cookie XSRF-TOKEN), or null. */
  public String csrfToken() {
    return cookie("XSRF-TOKEN");
  }

  public String cookie(String name) {
    return cookies.get(name);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, String.join("; ", cookies.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).toList()));
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void remember(ResponseEntity<?> answer) {
    List<String> set = answer.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (set != null) {
      for (String cookie : set) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
  }
}
