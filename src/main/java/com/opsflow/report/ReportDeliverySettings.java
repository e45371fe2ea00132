package com.opsflow.report;

import com.opsflow.ticket.SupportedSystems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Settings of report delivery ({@code opsflow.report.delivery.*}). The model reads the start timer as
 * {@code ${reportDeliverySettings.checkCron}} (every afternoon; the dispatch starts reports only on a month's last
 * working day of the business calendar). Which reports each system delivers and by when are configuration: the
 * seeds name the reports (A-5.4.1 运维季报 4 a year; B-2.5.3 工作月报, 应用系统问题汇总 每月一次; B-2.4.6.1 知识库管理月报告)
 * but no delivery deadline (B-2.5.3(1) "按时提交") — the working days are the bureau's to confirm (待确认).
 */
@Component("reportDeliverySettings")
public class ReportDeliverySettings {

  private final String checkCron;
  private final DeliverySchedule schedule;
  private final String recipients;

  ReportDeliverySettings(@Value("${opsflow.report.delivery.check-cron:0 0 18 * * ?}") String checkCron,
      @Value("${opsflow.report.delivery.working-days:5}") int workingDays,
      @Value("${opsflow.report.delivery.recipients:system-owner}") String recipients,
      @Value("${opsflow.report.delivery.schedule.tips:quarterly}") String tips,
      @Value("${opsflow.report.delivery.schedule.oa:monthly,problem-summary,knowledge}") String oa,
      @Value("${opsflow.report.delivery.schedule.invoice:monthly}") String invoice) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("opsflow.report.delivery.working-days must be at least 1, not " + workingDays);
    }
    this.checkCron = checkCron;
    this.recipients = recipients;
    Map<String, List<ReportKind>> kinds = new LinkedHashMap<>();
    kinds.put("tips", kinds("tips", tips));
    kinds.put("oa", kinds("oa", oa));
    kinds.put("invoice", kinds("invoice", invoice));
    this.schedule = new DeliverySchedule(kinds, workingDays);
  }

  private static List<ReportKind> kinds(String system, String list) {
    if (!SupportedSystems.CODES.contains(system)) {
      throw new IllegalArgumentException("Unknown system " + system);
    }
    List<ReportKind> kinds = new ArrayList<>();
    for (String code : list.split(",")) {
      if (code.isBlank()) {
        continue;
      }
      ReportKind kind = ReportKind.of(code.trim());
      if (kind == null || kind == ReportKind.INCIDENT_LIST) {
        throw new IllegalArgumentException("opsflow.report.delivery.schedule." + system + ": no delivered report '"
            + code.trim() + "'");
      }
      kinds.add(kind);
    }
    return kinds;
  }

  public String getCheckCron() {
    return checkCron;
  }

  /** Groups (or users) the delivered report is mailed to, as {@code sendNotification} reads them. */
  public String getRecipients() {
    return recipients;
  }

  DeliverySchedule schedule() {
    return schedule;
  }
}
