package com.opsflow.onsite;

import com.opsflow.ticket.SupportedSystems;
import static com.opsflow.onsite.OnsiteSupportProcess.Var;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Map;

/**
 * 现场服务确认单 (B-2.3.9 (5) 现场实施确认单) as a printable HTML page: what was found and done, the
 * user's confirmation, and lines for the handwritten signatures. Users open it in a browser and print.
 */
final class ConfirmationSlip {

  static final String CONTENT_TYPE = "text/html";


  private ConfirmationSlip() {
  }

  static String fileName(String ticketNumber) {
    return "现场服务确认单-" + ticketNumber + ".html";
  }

  /**
   * @param v the process variables at confirmation
   * @param engineerName the engineer's name as OpsFlow knows the user
   * @param recordedBy who recorded the confirmation
   * @param generatedAt when the slip was generated (bureau time, shown)
   */
  static byte[] render(String ticketNumber, Map<String, Object> v, String engineerName, String recordedBy,
      String generatedAt, ZoneId zone) {
    String system = text(v, Var.SYSTEM);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<title>现场服务确认单 ").append(esc(ticketNumber)).append("</title>\n<style>\n")
        .append("body{font-family:\"SimSun\",\"Songti SC\",\"WenQuanYi Zen Hei\",serif;margin:24px;color:#000}\n")
        .append("h1{text-align:center;font-size:22px;letter-spacing:4px}\n")
        .append("table{width:100%;border-collapse:collapse;margin-top:12px}\n")
        .append("th,td{border:1px solid #000;padding:6px 8px;vertical-align:top;font-size:14px}\n")
        .append("th{width:18%;background:#f2f2f2;text-align:left;font-weight:normal}\n")
        .append("td.long{white-space:pre-wrap;height:60px}\n.sign td{height:56px}\n")
        .append("@media print{body{margin:0}th{background:none}}\n</style>\n</head>\n<body>\n")
        .append("<h1>现场服务确认单</h1>\n<table>\n");
    row(html, "工单号", ticketNumber, "系统", SupportedSystems.name(system));
    row(html, "需求类型", OnsiteSupportProcess.REQUEST_TYPES.getOrDefault(text(v, Var.REQUEST_TYPE), text(v, Var.REQUEST_TYPE)),
        "现场地点", text(v, Var.SITE));
    row(html, "联系人", text(v, Var.REPORTER), "派工工程师", engineerName + "（" + text(v, Var.ENGINEER) + "）");
    row(html, "计划到达时间", OnsiteTimes.show(v.get(Var.PLANNED_ARRIVAL), zone),
        "实际到达时间", OnsiteTimes.show(v.get(Var.ARRIVED_AT), zone));
    row(html, "处理完成时间", OnsiteTimes.show(v.get(Var.FINISHED_AT), zone), "确认单生成时间", generatedAt);
    wide(html, "问题或需求", text(v, Var.SUMMARY) + (blank(v, Var.DESCRIPTION) ? "" : "\n" + text(v, Var.DESCRIPTION)));
    wide(html, "现场情况分析", text(v, Var.ONSITE_ANALYSIS));
    wide(html, "解决方案", text(v, Var.SOLUTION));
    wide(html, "处理及实施结果", text(v, Var.HANDLING_RESULT));
    wide(html, "服务报告", text(v, Var.SERVICE_REPORT));
    wide(html, "用户意见", blank(v, Var.USER_OPINION) ? "—" : text(v, Var.USER_OPINION));
    html.append("</table>\n<table>\n<tr><th colspan=\"4\">用户确认</th></tr>\n");
    row(html, "确认人", text(v, Var.CONFIRMED_BY_NAME), "单位 / 部门", text(v, Var.CONFIRMED_BY_DEPARTMENT));
    row(html, "确认时间", OnsiteTimes.show(v.get(Var.CONFIRMED_AT), zone), "记录人", recordedBy == null ? "—" : recordedBy);
    html.append("<tr><td colspan=\"4\">用户对问题解决情况和需求实施情况确认无误。</td></tr>\n")
        .append("</table>\n<table class=\"sign\">\n")
        .append("<tr><th>用户签字</th><td></td><th>日期</th><td></td></tr>\n")
        .append("<tr><th>工程师签字</th><td></td><th>日期</th><td></td></tr>\n")
        .append("</table>\n</body>\n</html>\n");
    return html.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder html, String l1, String v1, String l2, String v2) {
    html.append("<tr><th>").append(esc(l1)).append("</th><td>").append(esc(v1)).append("</td><th>").append(esc(l2))
        .append("</th><td>").append(esc(v2)).append("</td></tr>\n");
  }

  private static void wide(StringBuilder html, String label, String value) {
    html.append("<tr><th>").append(esc(label)).append("</th><td colspan=\"3\" class=\"long\">").append(esc(value))
        .append("</td></tr>\n");
  }

  private static boolean blank(Map<String, Object> v, String key) {
    return v.get(key) == null || v.get(key).toString().isBlank();
  }

  private static String text(Map<String, Object> v, String key) {
    return blank(v, key) ? "—" : v.get(key).toString();
  }

  static String esc(String s) {
    if (s == null) {
      return "—";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
