package com.opsflow.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves scripts of the Camunda 7.24 webjar with a fix applied. The fix is made once, from the webjar's own file;
 * when the webjar changes and the fix does not find the code it knows, the file is served as it is and a warning
 * says so (the browser suite then shows whether the fix is still needed).
 */
abstract class WebjarPatch extends HttpFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WebjarPatch.class);

  /** Unpatched files are remembered as an empty array. */
  private static final byte[] UNPATCHED = new byte[0];

  private final Map<String, String> resources;
  private final Map<String, byte[]> patched = new ConcurrentHashMap<>();

  /**
   * @param resources for each path the webapps serve a file at, below the context path (e.g.
   *     {@code /camunda/lib/deps.js}), the file on the classpath (e.g.
   *     {@code META-INF/resources/webjars/camunda/lib/deps.js})
   */
  WebjarPatch(Map<String, String> resources) {
    this.resources = Map.copyOf(resources);
  }

  /** The paths to register the filter for. */
  Set<String> paths() {
    return resources.keySet();
  }

  /** The patched script, or {@code null} when the code the fix knows is not found. */
  abstract String patch(String js);

  /** What is lost when the file is served unpatched, for the warning. */
  abstract String withoutFix();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) || !resources.containsKey(path)) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = patched.computeIfAbsent(path, p -> body(resources.get(p)));
    if (body == UNPATCHED) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/javascript;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private byte[] body(String resource) {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        LOG.warn("{} is not on the classpath: served unpatched, {}", resource, withoutFix());
        return UNPATCHED;
      }
      String fixed = patch(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      if (fixed == null) {
        LOG.warn("{} is not the 7.24 code this fix knows: served unpatched, {}", resource, withoutFix());
        return UNPATCHED;
      }
      return fixed.getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
