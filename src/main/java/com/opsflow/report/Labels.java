package com.opsflow.report;

import com.opsflow.ticket.SupportedSystems;
import java.util.Map;

/** The Chinese words reports show for the register's codes (the codes stay in the data). */
final class Labels {

  static final Map<String, String> STATUS = Map.of("open", "待响应", "responded", "处理中", "escalated", "已升级二线",
      "resolved", "已解决", "closed", "已关闭");
  static final Map<String, String> CHANNEL = Map.of("hotline", "热线电话", "wechat", "微信", "qq", "QQ", "mail", "邮件",
      "ticket", "运维单", "onsite", "现场");
  static final Map<String, String> KIND = Map.ofEntries(Map.entry("incident", "事件"), Map.entry("problem", "问题"),
      Map.entry("change", "变更"), Map.entry("release", "补丁升级"), Map.entry("migration", "系统迁移"),
      Map.entry("data-maintenance", "数据维护"), Map.entry("onsite-support", "现场支持"), Map.entry("complaint", "投诉"),
      Map.entry("training", "培训"), Map.entry("knowledge", "知识"));

  private Labels() {
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
