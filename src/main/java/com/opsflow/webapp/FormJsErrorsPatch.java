package com.opsflow.webapp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the webapps' bundled libraries ({@code lib/deps.js} of the Camunda 7.24 webjar, which holds Tasklist's
 * form-js) with one fix (docs/adr/0010-lists-in-forms.md): form-js clears the error of a field inside a dynamic
 * list by deleting its row's entry but leaves the field's emptied entry in the form's errors (bpmn-io/form-js issue
 * 1494), and Tasklist keeps "完成" disabled while the errors have any key — so editing any field of a list row
 * blocked completing the task for good. The fix drops such an empty entry right after the update. If the webjar
 * changes and the code is not found, the file is served as it is and a warning says so.
 */
final class FormJsErrorsPatch extends HttpFilter {

  static final String RESOURCE = "META-INF/resources/webjars/camunda/lib/deps.js";
  /**
   * The three places form-js 1.8 sets or clears one field instance's errors:
   * {@code r.set(errors,[id,...Object.values(indexes||{})],found.length?found:void 0)}.
   */
  static final Pattern SET_ERRORS = Pattern.compile(
      "r\\.set\\((\\w),\\[([\\w.]+),\\.\\.\\.Object\\.values\\((\\w)\\|\\|\\{\\}\\)\\],(\\w)\\.length\\?\\4:void 0\\)");
  static final int PLACES = 3;
  /** Drops the field's entry when no row holds an error any more, and returns the errors as {@code set} does. */
  static final String PRUNE = "((e,k)=>{const v=e[k];if(Array.isArray(v)&&!v.some((x=>void 0!==x&&!(Array.isArray(x)"
      + "&&!x.some((y=>void 0!==y))))))delete e[k];return e})";
  private static final Logger LOG = LoggerFactory.getLogger(FormJsErrorsPatch.class);

  private final String path;
  private volatile byte[] patched;

  FormJsErrorsPatch(String applicationPath) {
    this.path = applicationPath + "/lib/deps.js";
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) || !(request.getContextPath() + path).equals(request.getRequestURI())) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = body();
    if (body == null) {
      chain.doFilter(request, response);
      return;
    }
    response.setContentType("application/javascript;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private byte[] body() throws IOException {
    if (patched == null) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          LOG.warn("{} is not on the classpath: Tasklist's form-js is served unpatched", RESOURCE);
          return null;
        }
        String js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        patched = patch(js).getBytes(StandardCharsets.UTF_8);
      }
    }
    return patched;
  }

  static String patch(String js) {
    Matcher m = SET_ERRORS.matcher(js);
    StringBuilder out = new StringBuilder(js.length() + 1024);
    int places = 0;
    while (m.find()) {
      places++;
      m.appendReplacement(out, Matcher.quoteReplacement(PRUNE + "(" + m.group() + "," + m.group(2) + ")"));
    }
    m.appendTail(out);
    if (places != PLACES) {
      LOG.warn("form-js in {} is not the 7.24 code this fix knows ({} places instead of {}): served unpatched; a task"
          + " with a dynamic list may not complete in Tasklist (docs/adr/0010-lists-in-forms.md)", RESOURCE, places,
          PLACES);
      return js;
    }
    return out.toString();
  }
}
