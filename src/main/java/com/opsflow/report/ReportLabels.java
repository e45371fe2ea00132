package com.opsflow.report;

import com.opsflow.text.Labels;
import com.opsflow.ticket.SupportedSystems;
import java.util.Map;

/**
 * The Chinese words reports show for the register's codes (the codes stay in the data): statuses and channels from
 * the shared {@link Labels}, the ticket kinds (process keys) here.
 */
final class ReportLabels {
  static final Map<String, String> KIND = Map.ofEntries(Map.entry("incident", "事件"), Map.entry("problem", "问题"),
      Map.entry("change", "变更"), Map.entry("release", "补丁升级"), Map.entry("migration", "系统迁移"),
      Map.entry("data-maintenance", "数据维护"), Map.entry("onsite-support", "现场支持"), Map.entry("complaint", "投诉"),
      Map.entry("training", "培训"), Map.entry("knowledge", "知识"));

  private ReportLabels() {
  }

  static String status(String code) {
    return Labels.status(code);
  }

  static String channel(String code) {
    return Labels.of(Labels.Kind.CHANNEL, code);
  }

  static String system(String code) {
    return SupportedSystems.name(code);
  }

  static String of(Map<String, String> labels, String code) {
    return code == null ? null : labels.getOrDefault(code, code);
  }

  /** 达标 / 未达标, empty while the clock runs. */
  static String sla(Boolean met) {
    return met == null ? null : met ? "达标" : "未达标";
  }
}
