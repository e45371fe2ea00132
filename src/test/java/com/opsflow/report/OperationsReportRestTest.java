package com.opsflow.report;

import static com.opsflow.report.ReportFiles.categories;
import static com.opsflow.report.ReportFiles.chart;
import static com.opsflow.report.ReportFiles.rows;
import static com.opsflow.report.ReportFiles.series;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issues 12 and 13: the health-check report (SPEC §6 kind {@code health-check}) and the lists of health checks and
 * backups, read back and checked against register rows written for the second quarter of 2039 (no other test's), for
 * tips: two checks (one done with a finding that opened an incident, one flagged overdue), three backup days (ok,
 * failed, missed) and April's audit, flagged overdue.
 */
@OpsFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsReportRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  void records() {
    check("HC-20390401-9001", "special-application", "2039-Q2", LocalDate.of(2039, 4, 1), "closed", null,
        "系统运行平稳，高峰期响应正常", "中间件堆内存使用偏高", "调整堆内存上限并观察一周");
    check("HC-20390501-9001", "monthly", "2039-05", LocalDate.of(2039, 5, 1), "planned",
        ts(LocalDateTime.of(2039, 6, 1, 0, 0)), null, null, null);
    jdbc.update("INSERT INTO health_check_item (check_number, item, scope, label, measured, threshold, unit, finding,"
        + " follow_up, linked_ticket) VALUES ('HC-20390401-9001', 'mw-heap', 'mw-software', '中间件堆内存使用率', 92, 85,"
        + " '%', TRUE, 'incident', 'INC-20390402-9001')");
    jdbc.update("INSERT INTO health_check_item (check_number, item, scope, label, measured, threshold, unit, finding,"
        + " follow_up, linked_ticket) VALUES ('HC-20390401-9001', 'db-sessions', 'db-software', '数据库会话数', 120, 400,"
        + " '个', FALSE, NULL, NULL)");
    backupDay("BAK-20390402-9001", LocalDate.of(2039, 4, 2), "ok");
    backupDay("BAK-20390403-9001", LocalDate.of(2039, 4, 3), "failed");
    backupDay("BAK-20390404-9001", LocalDate.of(2039, 4, 4), "missed");
    jdbc.update("INSERT INTO backup_audit (audit_number, process_instance_id, system_id, audited_month, status,"
        + " days_checked, days_ok, days_failed, days_missed, created_at, overdue_flagged_at) VALUES ('BAK-20390501-9001',"
        + " 'test', 'tips', '2039-04', 'open', 3, 1, 1, 1, ?, ?)", ts(LocalDateTime.of(2039, 5, 1, 8, 0)),
        ts(LocalDateTime.of(2039, 6, 1, 0, 0)));
  }

  void check(String number, String schedule, String periodKey, LocalDate start, String status, Timestamp overdue,
      String runState, String problems, String advice) {
    jdbc.update("INSERT INTO health_check (check_number, process_instance_id, system_id, schedule_id, period_key,"
            + " period_start, period_end, status, checked_by, checked_at, run_state, problems, advice,"
            + " overdue_flagged_at, created_at) VALUES (?, 'test', 'tips', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number,
        schedule, periodKey, start, start.plusMonths(1).minusDays(1), status,
        "closed".equals(status) ? "demo-second-line" : null,
        "closed".equals(status) ? ts(start.atTime(10, 0)) : null, runState, problems, advice, overdue,
        ts(start.atTime(8, 0)));
  }

  void backupDay(String number, LocalDate day, String status) {
    jdbc.update("INSERT INTO backup_check (check_number, process_instance_id, system_id, backup_day, status, created_at)"
        + " VALUES (?, 'test', 'tips', ?, ?, ?)", number, day, status, ts(day.atTime(8, 0)));
  }

  static Timestamp ts(LocalDateTime t) {
    return Timestamp.valueOf(t);
  }

  <T> ResponseEntity<T> get(String group, String path, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), type);
  }

  @Test
  void shouldWriteTheQuartersHealthChecksFindingsAndBackupsIntoTheWorkbook() throws Exception {
    byte[] bytes = get("project-manager", "/api/reports/health-check?system=tips&period=2039-Q2&format=xlsx",
        byte[].class).getBody();
    try (XSSFWorkbook book = ReportFiles.workbook(bytes)) {
      assertThat(rows(book.getSheet("健康检查"))).extracting(r -> r.get(0), r -> r.get(4), r -> r.get(7), r -> r.get(8))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("HC-20390401-9001", "已完成", 1.0, ""),
              org.assertj.core.groups.Tuple.tuple("HC-20390501-9001", "待检查", 0.0, "是"));
      assertThat(rows(book.getSheet("发现的问题"))).singleElement()
          .satisfies(r -> assertThat(r).contains("中间件软件", "中间件堆内存使用率", 92.0, 85.0, "开立事件", "INC-20390402-9001"));
      assertThat(rows(book.getSheet("数据备份"))).singleElement().satisfies(r -> assertThat(r)
          .containsExactly("财税库银横向联网缴税系统", "2039-04", 3.0, 1.0, 1.0, 1.0, 0.0, "办理中", "—", "是"));
    }
  }

  @Test
  void shouldWriteTheHealthCheckDocumentInChineseWithItsCharts() {
    XWPFDocument doc = ReportFiles.document(get("system-owner",
        "/api/reports/health-check?system=tips&period=2039-Q2&format=docx", byte[].class).getBody());
    String text = ReportFiles.text(doc);
    assertThat(text).contains("财税库银横向联网缴税系统健康检查报告", "本期应做健康检查 2 次，已完成 1 次，逾期 1 次",
        "本期共发现问题 1 项", "运行状况：系统运行平稳，高峰期响应正常", "优化建议：调整堆内存上限并观察一周",
        "本期每日备份检查 3 次：正常 1 次，失败 1 次，漏检 1 次", "月度审核 1 次，其中逾期 1 次");
    XWPFChart findings = chart(doc, OperationsReport.CHART_FINDINGS);
    assertThat(categories(findings)).contains("中间件软件");
    assertThat(series(findings, 0).stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(1.0);
    XWPFChart backups = chart(doc, OperationsReport.CHART_BACKUPS);
    assertThat(categories(backups)).containsExactly("2039-04", "2039-05", "2039-06");
    assertThat(series(backups, 1)).as("failed days").containsExactly(1.0, 0.0, 0.0);
  }

  @Test
  void shouldListTheChecksAndTheMonthsBackupsForManagersOnly() {
    ResponseEntity<List<Map<String, Object>>> checks = http.exchange(
        "/api/health-checks?system=tips&from=2039-04-01&to=2039-06-30", HttpMethod.GET, auth("team-lead"),
        new ParameterizedTypeReference<>() { });
    ResponseEntity<Map<String, Object>> backups = http.exchange("/api/backups?system=tips&month=2039-04",
        HttpMethod.GET, auth("bureau-it"), new ParameterizedTypeReference<>() { });

    assertThat(checks.getStatusCode().value()).isEqualTo(200);
    assertThat(checks.getBody()).hasSize(2).first().satisfies(c -> {
      assertThat(((Map<?, ?>) c.get("check")).get("number")).isEqualTo("HC-20390401-9001");
      assertThat((List<?>) c.get("findings")).hasSize(1);
    });
    assertThat(backups.getBody()).containsEntry("month", "2039-04");
    assertThat((List<?>) backups.getBody().get("checks")).hasSize(3);
    assertThat((List<?>) backups.getBody().get("audits")).singleElement()
        .satisfies(a -> assertThat(((Map<?, ?>) a).get("number")).isEqualTo("BAK-20390501-9001"));
    assertThat(get("service-desk", "/api/health-checks", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(get("project-manager", "/api/backups?month=2039-13", String.class).getStatusCode().value())
        .isEqualTo(400);
    assertThat(get("project-manager", "/api/reports/health-check?system=tips&period=2039-Q2&format=xlsx",
        byte[].class).getStatusCode().value()).isEqualTo(200);
    assertThat(get("service-desk", "/api/reports/health-check?system=tips&period=2039-Q2&format=xlsx",
        byte[].class).getStatusCode().value()).isEqualTo(403);
  }

  HttpEntity<Void> auth(String group) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    return new HttpEntity<>(headers);
  }
}
