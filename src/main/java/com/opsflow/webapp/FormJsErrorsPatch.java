package com.opsflow.webapp;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the webapps' bundled libraries ({@code lib/deps.js} of the Camunda 7.24 webjar, which holds Tasklist's
 * form-js) with one fix (docs/adr/0010-lists-in-forms.md): form-js clears the error of a field inside a dynamic
 * list by deleting its row's entry but leaves the field's emptied entry in the form's errors (bpmn-io/form-js issue
 * 1494), and Tasklist keeps "完成" disabled while the errors have any key — so editing any field of a list row
 * blocked completing the task for good. The fix drops such an empty entry right after the update.
 */
final class FormJsErrorsPatch extends WebjarPatch {

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

  FormJsErrorsPatch(String applicationPath) {
    super(Map.of(applicationPath + "/lib/deps.js", RESOURCE));
  }

  @Override
  String withoutFix() {
    return "a task with a dynamic list may not complete in Tasklist (docs/adr/0010-lists-in-forms.md)";
  }

  /** The patched bundle, or {@code null} unless exactly the three known places are found. */
  @Override
  String patch(String js) {
    return fix(js);
  }

  static String fix(String js) {
    Matcher m = SET_ERRORS.matcher(js);
    StringBuilder out = new StringBuilder(js.length() + 1024);
    int places = 0;
    while (m.find()) {
      places++;
      m.appendReplacement(out, Matcher.quoteReplacement(PRUNE + "(" + m.group() + "," + m.group(2) + ")"));
    }
    m.appendTail(out);
    return places == PLACES ? out.toString() : null;
  }
}
