package com.opsflow.report;

import static com.opsflow.report.ReportFiles.byLabel;
import static com.opsflow.report.ReportFiles.categories;
import static com.opsflow.report.ReportFiles.chart;
import static com.opsflow.report.ReportFiles.rows;
import static com.opsflow.report.ReportFiles.series;
import static com.opsflow.support.TicketRows.ticket;
import static com.opsflow.support.TicketRows.ts;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.calendar.DayType;
import com.opsflow.support.OpsFlowIntegrationTest;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The period reports through {@code GET /api/reports/{kind}}, opened with POI and checked against records written in
 * February–March 2038 (which no other test touches): the monthly workbook and document with their chart series, an
 * empty month, a ticket spanning February and March across a holiday (1 March 2038), the quarterly SLA trend, the
 * annual scores, the problem summary, the incident list, and who may read them.
 */
@OpsFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsRestTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  BusinessCalendarService calendar;

  static LocalDateTime at(int month, int day, int hour, int minute) {
    return LocalDateTime.of(2038, month, day, hour, minute);
  }

  @BeforeAll
  void records() {
    calendar.saveDay(LocalDate.of(2038, 3, 1), DayType.HOLIDAY, "测试假日", "test");
    // Fri 26 Feb 16:00 → Tue 2 Mar 09:30 over the weekend and the holiday: 90 + 60 working minutes
    ticket(jdbc, "INC-20380226-9001").priority("P3").created(at(2, 26, 16, 0)).responded(at(2, 26, 16, 10),
        at(2, 26, 16, 30)).resolved(at(3, 2, 9, 30), at(3, 2, 12, 0), "跨月解决").closed(at(3, 2, 10, 0)).insert();
    ticket(jdbc, "INC-20380303-9001").priority("P2").created(at(3, 3, 9, 0)).responded(at(3, 3, 9, 10),
        at(3, 3, 9, 30)).resolved(at(3, 3, 11, 0), at(3, 3, 13, 0), "重新推送待办").closed(at(3, 3, 11, 30))
        .category("program").insert();
    ticket(jdbc, "INC-20380303-9002").priority("P3").created(at(3, 3, 10, 0)).responded(at(3, 3, 10, 5),
        at(3, 3, 10, 30)).resolved(at(3, 4, 10, 0), at(3, 3, 17, 0), "清理缓存").closed(at(3, 4, 11, 0))
        .category("environment").insert();
    ticket(jdbc, "INC-20380310-9001").priority("P1").created(at(3, 10, 9, 0)).responded(at(3, 10, 9, 40),
        at(3, 10, 9, 30)).escalated().insert();
    ticket(jdbc, "INC-20380310-9002").system("tips").priority("P2").created(at(3, 10, 10, 0)).insert();

    jdbc.update("""
        INSERT INTO training (training_number, process_instance_id, system_id, topic, training_at, place, teacher,
          material, pass_mark, status, rounds, pass_rate, created_at, created_by)
        VALUES ('TRN-20380312-9001', 'test', 'oa', '公文系统操作培训', ?, '三楼会议室', '李老师', '操作手册', 60, 'reported', 1,
          95.0, ?, 'demo-team-lead')""", ts(at(3, 12, 14, 0)), ts(at(3, 5, 9, 0)));
    ticket(jdbc, "DM-20380315-9001").type("data-maintenance").summary("纳税人名称修正").created(at(3, 15, 9, 0)).insert();
    jdbc.update("""
        INSERT INTO data_maintenance (ticket_number, process_instance_id, system_id, status, current_version, created_at,
          updated_at) VALUES ('DM-20380315-9001', 'test', 'oa', 'closed', 1, ?, ?)""", ts(at(3, 15, 9, 0)),
        ts(at(3, 15, 9, 0)));
    ticket(jdbc, "CHG-20380316-9001").type("change").summary("调整公文流转配置").created(at(3, 16, 9, 0))
        .event("change-rolled-back", "已回退").insert();
    ticket(jdbc, "PRB-20380317-9001").type("problem").summary("待办推送丢失").created(at(3, 17, 9, 0)).insert();
    jdbc.update("""
        INSERT INTO problem (problem_number, problem_type, primary_system, systems, status, summary, root_cause,
          workaround, created_at, updated_at)
        VALUES ('PRB-20380317-9001', 'program', 'oa', 'oa', 'vendor', '待办推送丢失', '消息队列重试次数不足', '人工重新推送', ?, ?)""",
        ts(at(3, 17, 9, 0)), ts(at(3, 17, 9, 0)));
    jdbc.update("INSERT INTO problem_incident (incident_number, problem_number, linked_at) VALUES (?, ?, ?)",
        "INC-20380310-9001", "PRB-20380317-9001", ts(at(3, 17, 9, 0)));
    // the test profile's oa contract years start on 1 July: contract year 2038 runs to June 2039
    score("2038-07", LocalDate.of(2038, 7, 1), "demo-service-desk", "82");
    score("2038-08", LocalDate.of(2038, 8, 1), "demo-service-desk", "75");
    score("2038-08", LocalDate.of(2038, 8, 1), "demo-second-line", "90");
  }

  void score(String period, LocalDate from, String engineer, String score) {
    jdbc.update("""
        INSERT INTO evaluation_period (evaluation_number, process_instance_id, contract, engineer, period, contract_year,
          period_from, period_to, status, started_at, score, action, evaluator, evaluated_at)
        VALUES (?, 'test', 'oa', ?, ?, 2038, ?, ?, 'scored', ?, ?, 'none', 'demo-bureau-it', ?)""",
        "EV-oa-" + engineer + "-" + period, engineer, period, from, from.plusMonths(1).minusDays(1),
        ts(from.atStartOfDay()), new java.math.BigDecimal(score), ts(from.plusMonths(1).atStartOfDay()));
  }

  ResponseEntity<byte[]> get(String group, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  byte[] file(String path) {
    ResponseEntity<byte[]> answer = get("project-manager", path);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return answer.getBody();
  }

  @Test
  void shouldWriteTheMonthlyWorkbookWithTheFiguresOfTheRecords() {
    try (XSSFWorkbook book = ReportFiles.workbook(file("/api/reports/monthly?system=oa&period=2038-03&format=xlsx"))) {
      Map<String, Object> overview = byLabel(book.getSheet("概览"));
      assertThat(overview).containsEntry("新增事件数", 3.0).containsEntry("解决事件数", 3.0)
          .containsEntry("一线解决率", "100.0%").containsEntry("升级率", "33.3%").containsEntry("解决时限达标率", "66.7%")
          .containsEntry("响应时限达标率", "66.7%").containsEntry("变更回退率", "100.0%");
      // the backlog counts every open incident, also older ones of other tests: one more than before our records
      assertThat((Double) overview.get("期末积压事件数")).isEqualTo(backlogBefore() + 1);
      // mean time to resolve: 150 (across the weekend and the holiday) + 120 + 540 working minutes
      assertThat(overview.get("平均解决时长（工作分钟）")).isEqualTo((150 + 120 + 540) / 3.0);
      assertThat(rows(book.getSheet("事件处理清单"))).extracting(r -> r.get(0))
          .containsExactly("INC-20380303-9001", "INC-20380303-9002", "INC-20380310-9001");
      assertThat(book.getSheet("事件处理清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W4");
      assertThat(rows(book.getSheet("服务时限达标"))).extracting(r -> r.get(1), r -> r.get(2), r -> r.get(3))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("P1", 0.0, 1.0),
              org.assertj.core.groups.Tuple.tuple("P2", 1.0, 1.0), org.assertj.core.groups.Tuple.tuple("P3", 1.0, 1.0));
      assertThat(rows(book.getSheet("每周事件数"))).extracting(r -> r.get(0), r -> r.get(2))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2038-03-01", 2.0),
              org.assertj.core.groups.Tuple.tuple("2038-03-08", 1.0), org.assertj.core.groups.Tuple.tuple("2038-03-15", 0.0),
              org.assertj.core.groups.Tuple.tuple("2038-03-22", 0.0), org.assertj.core.groups.Tuple.tuple("2038-03-29", 0.0));
      assertThat(rows(book.getSheet("按系统分类优先级"))).extracting(r -> r.get(1), r -> r.get(2), r -> r.get(3))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("程序缺陷", "P2", 1.0),
              org.assertj.core.groups.Tuple.tuple("系统环境（网络、主机、中间件）", "P3", 1.0),
              org.assertj.core.groups.Tuple.tuple("未分类", "P1", 1.0));
      assertThat(rows(book.getSheet("培训情况"))).singleElement()
          .satisfies(r -> assertThat(r).contains("公文系统操作培训", "95.0%"));
      assertThat(rows(book.getSheet("数据整改情况"))).extracting(r -> r.get(0)).containsExactly("DM-20380315-9001");
      assertThat(rows(book.getSheet("变更"))).singleElement().satisfies(r -> assertThat(r.get(5)).isEqualTo("是"));
      // open problems of other tests (registered earlier, never closed) are left over too
      assertThat(rows(book.getSheet("未关闭问题"))).filteredOn(r -> "PRB-20380317-9001".equals(r.get(0))).singleElement()
          .satisfies(r -> assertThat(r).contains("消息队列重试次数不足", 1.0));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The oa backlog at the end of January 2038, before any record of this class. */
  double backlogBefore() {
    try (XSSFWorkbook january = ReportFiles.workbook(file("/api/reports/monthly?system=oa&period=2038-01&format=xlsx"))) {
      return (Double) byLabel(january.getSheet("概览")).get("期末积压事件数");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shouldWriteTheMonthlyDocumentInChineseWithChartsDrawnFromTheRecords() {
    XWPFDocument doc = ReportFiles.document(file("/api/reports/monthly?system=oa&period=2038-03&format=docx"));
    String text = ReportFiles.text(doc);
    assertThat(text).contains("税务综合办公信息系统工作月报", "报告期间：2038年3月", "一、总体情况", "三、培训情况",
        "公文系统操作培训", "DM-20380315-9001", "变更 1 项，已实施 1 项，回退 1 项，回退率 100.0%", "PRB-20380317-9001");
    XWPFChart weekly = chart(doc, Reports.CHART_WEEKLY);
    assertThat(categories(weekly)).containsExactly("2038-03-01", "2038-03-08", "2038-03-15", "2038-03-22", "2038-03-29");
    assertThat(series(weekly, 0)).containsExactly(2.0, 1.0, 0.0, 0.0, 0.0);
    XWPFChart priorities = chart(doc, Reports.CHART_PRIORITY);
    assertThat(categories(priorities)).containsExactly("P1", "P2", "P3");
    assertThat(series(priorities, 0)).containsExactly(1.0, 1.0, 1.0);
    XWPFChart byCategory = chart(doc, Reports.CHART_CATEGORY);
    assertThat(categories(byCategory)).containsExactly("程序缺陷", "系统环境（网络、主机、中间件）", "未分类");
    assertThat(series(byCategory, 0)).containsExactly(1.0, 1.0, 1.0);
    XWPFChart backlog = chart(doc, Reports.CHART_BACKLOG);
    assertThat(series(backlog, 0).subList(0, 3)).containsExactly(0.0, 0.0, 0.0);
    assertThat(series(backlog, 0).get(3)).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void shouldWriteAnEmptyMonthWithNoRecordsAndNoRates() {
    XWPFDocument doc = ReportFiles.document(file("/api/reports/monthly?system=oa&period=2038-06&format=docx"));
    String text = ReportFiles.text(doc);
    assertThat(text).contains("本期无新增事件。", "本期无记录。");
    assertThat(chart(doc, Reports.CHART_PRIORITY)).isNull();
    assertThat(series(chart(doc, Reports.CHART_WEEKLY), 0)).containsOnly(0.0);
    try (XSSFWorkbook book = ReportFiles.workbook(file("/api/reports/monthly?system=oa&period=2038-06&format=xlsx"))) {
      assertThat(byLabel(book.getSheet("概览"))).containsEntry("新增事件数", 0.0).containsEntry("一线解决率", null);
      assertThat(rows(book.getSheet("事件处理清单"))).isEmpty();
      assertThat(book.getSheet("事件处理清单").getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W1");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void shouldCountTheTicketSpanningTwoMonthsInFebruaryAsCreatedAndInMarchAsResolved() {
    try (XSSFWorkbook february = ReportFiles.workbook(file("/api/reports/monthly?system=oa&period=2038-02&format=xlsx"))) {
      Map<String, Object> overview = byLabel(february.getSheet("概览"));
      assertThat(overview).containsEntry("新增事件数", 1.0).containsEntry("解决事件数", 0.0);
      assertThat(rows(february.getSheet("事件处理清单"))).extracting(r -> r.get(0)).containsExactly("INC-20380226-9001");
      assertThat(rows(february.getSheet("积压账龄"))).extracting(r -> r.get(1)).startsWith(0.0, 1.0);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    XWPFDocument list = ReportFiles.document(file("/api/reports/incident-list?system=oa&period=2038-02&format=docx"));
    assertThat(ReportFiles.text(list)).contains("事件处理清单", "本期事件共 1 件", "INC-20380226-9001", "跨月解决");
  }

  @Test
  void shouldDrawTheQuarterlySlaTrendFromEachMonthsCompliance() {
    XWPFDocument doc = ReportFiles.document(file("/api/reports/quarterly?system=oa&period=2038-Q1&format=docx"));
    assertThat(ReportFiles.text(doc)).contains("税务综合办公信息系统运维季报", "2038年第1季度");
    XWPFChart trend = chart(doc, Reports.CHART_SLA_TREND);
    assertThat(categories(trend)).containsExactly("2038-01", "2038-02", "2038-03");
    assertThat(series(trend, 0)).containsExactly(0.0, 100.0, 66.7); // response: February 1/1, March 2/3
    assertThat(series(trend, 1)).containsExactly(0.0, 0.0, 66.7); // resolution: March 2/3 (incl. the spanning one)
  }

  @Test
  void shouldListTheYearsScoresInTheAnnualReport() {
    try (XSSFWorkbook book = ReportFiles.workbook(file("/api/reports/annual?system=oa&period=2038&format=xlsx"))) {
      assertThat(rows(book.getSheet("考核得分"))).extracting(r -> r.get(1), r -> r.get(2), r -> r.get(3))
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2038-07", "demo-service-desk", 82.0),
              org.assertj.core.groups.Tuple.tuple("2038-08", "demo-second-line", 90.0),
              org.assertj.core.groups.Tuple.tuple("2038-08", "demo-service-desk", 75.0));
      assertThat(rows(book.getSheet("年度考核"))).singleElement()
          .satisfies(r -> assertThat((String) r.get(5)).contains("缺少考核期间", "2038-09").doesNotContain("2038-08"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    XWPFDocument doc = ReportFiles.document(file("/api/reports/annual?system=oa&period=2038&format=docx"));
    assertThat(ReportFiles.text(doc)).contains("年度运行维护支持工作报告", "2038年度（2038-07-01 至 2039-06-30）",
        "服务质量考核");
    XWPFChart scores = chart(doc, Reports.CHART_SCORES + "（税务综合办公信息系统）");
    assertThat(categories(scores)).containsExactly("2038-07", "2038-08");
    assertThat(series(scores, 0)).containsExactly(82.0, 75.0);
    assertThat(series(scores, 1)).containsExactly(0.0, 90.0);
  }

  @Test
  void shouldSummariseProblemsWithTheirCauses() {
    try (XSSFWorkbook book = ReportFiles.workbook(file("/api/reports/problem-summary?system=oa&period=2038-03&format=xlsx"))) {
      assertThat(rows(book.getSheet("应用系统问题汇总"))).singleElement()
          .satisfies(r -> assertThat(r).contains("PRB-20380317-9001", "程序问题", "消息队列重试次数不足", "人工重新推送", 1.0));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    XWPFDocument doc = ReportFiles.document(file("/api/reports/problem-summary?system=oa&period=2038-03"));
    assertThat(ReportFiles.text(doc)).contains("应用系统问题汇总", "本期登记问题 1 个，其中程序问题 1 个", "消息队列重试次数不足");
    assertThat(series(chart(doc, Reports.CHART_PROBLEMS), 0)).containsExactly(1.0);
  }

  @Test
  void shouldMakeTheKnowledgeAndAcceptanceReports() {
    XWPFDocument knowledge = ReportFiles.document(file("/api/reports/knowledge?period=2038-03&format=docx"));
    assertThat(ReportFiles.text(knowledge)).contains("知识库管理月报告", "本期新增知识 0 条");
    XWPFDocument acceptance = ReportFiles.document(file("/api/reports/acceptance?system=oa&period=2037&format=docx"));
    // contract year 2037 of oa runs July 2037 to June 2038: the open problem of March 2038 is left over
    assertThat(ReportFiles.text(acceptance)).contains("项目验收工作总结报告", "交付物与遗留事项", "《事件处理清单》",
        "PRB-20380317-9001").containsPattern("遗留事项：期末未解决事件 \\d+ 件，未关闭问题 \\d+ 个");
  }

  @Test
  void shouldLetManagersReadReportsAndRefuseOthers() {
    for (String group : List.of("project-manager", "team-lead", "system-owner", "bureau-it")) {
      assertThat(get(group, "/api/reports/incident-list?period=2038-03&format=xlsx").getStatusCode()).as(group)
          .isEqualTo(HttpStatus.OK);
    }
    for (String group : List.of("service-desk", "vendor", "reporter")) {
      assertThat(get(group, "/api/reports/monthly?period=2038-03").getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(get("project-manager", "/api/reports/monthly?period=2038-Q1").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("project-manager", "/api/reports/monthly?period=March").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("project-manager", "/api/reports/monthly?period=2038-03&format=pdf").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(get("project-manager", "/api/reports/weekly?period=2038-03").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
