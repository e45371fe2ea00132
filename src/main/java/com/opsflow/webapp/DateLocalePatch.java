package com.opsflow.webapp;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Serves a webapp's bootstrap script (Tasklist, Cockpit, Admin, Welcome of the 7.24 webjar) with dates in the
 * language the webapp speaks. Each locale file the webapp loads — the browser's language and the fallback, English
 * — carries its moment.js date texts, and the webapp hands them to moment as they arrive; moment makes the last one
 * handed over the language of every date ({@code updateLocale} switches too). English usually arrives last, so a
 * Chinese Tasklist said "2 hours ago" and "Yesterday at 09:30". The fix makes the language the webapp chose
 * (angular-translate's preferred language) moment's language again after each file. Issue 16; ADR 0010 lists the
 * webjar fixes.
 */
final class DateLocalePatch extends WebjarPatch {

  static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  /**
   * The loader set-up in each bootstrap: {@code P.useLoader("localeLoader",{…,callback:function(e,t,n){if(!e&&t&&
   * t.dateLocales){var a=n||S;M.locales().indexOf(a)>-1?M.updateLocale(a,t.dateLocales):M.defineLocale(a,
   * t.dateLocales)}}}} with P the translate provider, S the fallback locale and M moment.
   */
  static final Pattern CALLBACK = Pattern.compile(
      "(\\w)\\.useLoader\\(\"localeLoader\",\\{(prefix:\\w\\+\"/app/\"\\+\\w\\+\"/locales/\",suffix:\"\\.json\",)"
          + "callback:function\\((\\w),(\\w),(\\w)\\)\\{if\\(!\\3&&\\4&&\\4\\.dateLocales\\)\\{var (\\w)=\\5\\|\\|(\\w);"
          + "(\\w)\\.locales\\(\\)\\.indexOf\\(\\6\\)>-1\\?\\8\\.updateLocale\\(\\6,\\4\\.dateLocales\\):"
          + "\\8\\.defineLocale\\(\\6,\\4\\.dateLocales\\)\\}\\}");

  DateLocalePatch(String applicationPath) {
    super(APPS.stream().collect(Collectors.toMap(
        app -> applicationPath + "/app/" + app + "/camunda-" + app + "-bootstrap.js", DateLocalePatch::resource)));
  }

  static String resource(String app) {
    return "META-INF/resources/webjars/camunda/app/" + app + "/camunda-" + app + "-bootstrap.js";
  }

  @Override
  String withoutFix() {
    return "its relative dates may be English in a Chinese browser";
  }

  @Override
  String patch(String js) {
    return fix(js);
  }

  /** The script with the callback fixed, or {@code null} unless the known callback occurs exactly once. */
  static String fix(String js) {
    Matcher m = CALLBACK.matcher(js);
    if (!m.find()) {
      return null;
    }
    String provider = m.group(1);
    String fallback = m.group(7);
    String moment = m.group(8);
    // the parameters are renamed: in some bundles the first one shadows the provider
    String callback = "callback:function(opsflowError,opsflowData,opsflowKey){"
        + "if(!opsflowError&&opsflowData&&opsflowData.dateLocales){"
        + "var opsflowLocale=opsflowKey||" + fallback + ";"
        + moment + ".locales().indexOf(opsflowLocale)>-1?" + moment + ".updateLocale(opsflowLocale,opsflowData.dateLocales):"
        + moment + ".defineLocale(opsflowLocale,opsflowData.dateLocales);"
        + "var opsflowInUse=" + provider + ".preferredLanguage();"
        + "opsflowInUse&&" + moment + ".locales().indexOf(opsflowInUse)>-1&&" + moment + ".locale(opsflowInUse)}}";
    String replacement = provider + ".useLoader(\"localeLoader\",{" + m.group(2) + callback;
    String fixed = js.substring(0, m.start()) + replacement + js.substring(m.end());
    return CALLBACK.matcher(fixed).find() ? null : fixed;
  }
}
