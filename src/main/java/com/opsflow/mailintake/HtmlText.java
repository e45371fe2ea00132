package com.opsflow.mailintake;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an HTML mail body as a person reads it: blocks and line breaks become new lines, list items dashes,
 * scripts, styles and comments go, character references are decoded. Enough for what mail clients write; not an
 * HTML renderer.
 */
final class HtmlText {

  private static final Pattern INVISIBLE = Pattern.compile(
      "(?is)<!--.*?-->|<(script|style|head|title)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
  private static final Pattern BLOCK_END = Pattern.compile(
      "(?i)</?(p|div|tr|table|h[1-6]|ul|ol|blockquote|pre|section|article|header|footer)\\b[^>]*>");
  private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
  private static final Pattern CELL = Pattern.compile("(?i)</t[dh]\\s*>");
  private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
  private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
      Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
      Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"),
      Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("middot", "·"),
      Map.entry("times", "×"), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("yen", "¥"));

  private HtmlText() {
  }

  static String toText(String html) {
    if (html == null) {
      return "";
    }
    String text = INVISIBLE.matcher(html).replaceAll("");
    text = text.replaceAll("[\\r\\n\\t ]+", " ");
    text = BREAK.matcher(text).replaceAll("\n");
    text = LIST_ITEM.matcher(text).replaceAll("\n- ");
    text = CELL.matcher(text).replaceAll("\t");
    text = BLOCK_END.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      out.append(line.replace('\u00a0', ' ').strip()).append('\n');
    }
    return out.toString().replaceAll("\n{3,}", "\n\n").strip();
  }

  private static String decode(String text) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String replacement;
      if (ref.startsWith("#")) {
        int code = ref.length() > 1 && (ref.charAt(1) == 'x' || ref.charAt(1) == 'X')
            ? Integer.parseInt(ref.substring(2), 16) : Integer.parseInt(ref.substring(1));
        replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
      } else {
        replacement = NAMED.getOrDefault(ref.toLowerCase(), m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
