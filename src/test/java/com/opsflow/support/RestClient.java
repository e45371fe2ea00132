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
import org.springframework.core.ParameterizedTypeReference;

/** JSON calls against the running application as one user (HTTP Basic), or anonymously. */
public class RestClient {

  private final TestRestTemplate rest;
  private final String user;
  private final String password;

  public RestClient(TestRestTemplate rest, String user, String password) {
    this.rest = rest;
    this.user = user;
    this.password = password;
  }

  public static RestClient demo(TestRestTemplate rest, String group) {
    return new RestClient(rest, "demo-" + group, "demo");
  }

  public static RestClient anonymous(TestRestTemplate rest) {
    return new RestClient(rest, null, null);
  }

  public ResponseEntity<Map<String, Object>> post(String path, Object body) {
    return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  public ResponseEntity<Map<String, Object>> get(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  public ResponseEntity<List<Map<String, Object>>> getList(String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()),
        new ParameterizedTypeReference<List<Map<String, Object>>>() { });
  }

  public ResponseEntity<String> raw(HttpMethod method, String path, Object body) {
    return rest.exchange(path, method, new HttpEntity<>(body, headers()), String.class);
  }

  /** Engine REST variables: {"name": {"value": v}}. */
  public static Map<String, Object> variables(Map<String, Object> plain) {
    Map<String, Object> vars = new LinkedHashMap<>();
    plain.forEach((k, v) -> vars.put(k, Map.of("value", v)));
    return Map.of("variables", vars);
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    if (user != null) {
      headers.setBasicAuth(user, password);
    }
    return headers;
  }
}
