package com.opsflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.TestDatabase;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13, scale: the monthly report of a month with many incidents (default 50,000; {@code
 * -Dbenchmark.reportTickets=N}) is made from the register in one run, and its time is printed next to the time of the
 * same headline figures computed by one hand-written SQL {@code GROUP BY}, with their ratio. A benchmark: it checks that
 * the report counts every generated ticket, never how fast (docs/benchmark.md). Runs with {@code -Pbenchmark}, on H2 or
 * with {@code -Dopsflow.test.database=postgres}; CI runs a small size.
 */
@OpsFlowIntegrationTest
@Tag("benchmark")
class MonthlyReportBenchmark {

  private static final int TICKETS = Integer.getInteger("benchmark.reportTickets", 50_000);
  private static final int RUNS = Integer.getInteger("benchmark.reportRuns", 3);
  /** A month of its own: no other test writes tickets in 2043. */
  private static final String PERIOD = "2043-03";
  private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4"};

  @Autowired
  Reports reports;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void shouldMakeTheMonthlyReportOfAFullMonthAndPrintItsTimeBesideAGroupBy() throws Exception {
    long generated = generate();
    ReportPeriod period = ReportPeriod.parse(PERIOD);

    // warm-up of both sides, then measured runs that alternate
    reports.render(ReportKind.MONTHLY, "oa", period, ReportFormat.XLSX);
    groupBy();
    List<Long> xlsx = new ArrayList<>();
    List<Long> docx = new ArrayList<>();
    List<Long> sql = new ArrayList<>();
    Reports.Rendered workbook = null;
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      workbook = reports.render(ReportKind.MONTHLY, "oa", period, ReportFormat.XLSX);
      long t1 = System.nanoTime();
      reports.render(ReportKind.MONTHLY, "oa", period, ReportFormat.DOCX);
      long t2 = System.nanoTime();
      Map<String, Object> figures = groupBy();
      long t3 = System.nanoTime();
      xlsx.add(t1 - t0);
      docx.add(t2 - t1);
      sql.add(t3 - t2);
      assertThat(((Number) figures.get("created")).longValue()).isEqualTo(generated);
    }

    try (XSSFWorkbook book = ReportFiles.workbook(workbook.bytes())) {
      assertThat(ReportFiles.byLabel(book.getSheet("概览")).get("新增事件数")).as("the report counts every ticket")
          .isEqualTo((double) generated);
    }
    double xlsxMs = median(xlsx) / 1e6;
    double docxMs = median(docx) / 1e6;
    double sqlMs = median(sql) / 1e6;
    System.out.printf("%n== monthly report benchmark (%s, %d incidents in %s, median of %d runs)%n",
        TestDatabase.postgres() ? "PostgreSQL" : "H2", generated, PERIOD, RUNS);
    System.out.printf("monthly report XLSX      %10.1f ms%n", xlsxMs);
    System.out.printf("monthly report DOCX      %10.1f ms%n", docxMs);
    System.out.printf("hand-written GROUP BY    %10.1f ms%n", sqlMs);
    System.out.printf("ratio XLSX / GROUP BY    %10.1f x%n", xlsxMs / sqlMs);
    System.out.printf("ratio DOCX / GROUP BY    %10.1f x%n%n", docxMs / sqlMs);
  }

  /** The headline figures of the month in one statement: incidents created, resolved, SLA met, escalated. */
  private Map<String, Object> groupBy() {
    return jdbc.queryForMap("""
        SELECT COUNT(*) AS created,
               SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END) AS resolved,
               SUM(CASE WHEN resolve_sla_met THEN 1 ELSE 0 END) AS resolve_met,
               SUM(CASE WHEN response_sla_met THEN 1 ELSE 0 END) AS response_met,
               SUM(CASE WHEN escalation_level > 0 THEN 1 ELSE 0 END) AS escalated
        FROM ticket WHERE ticket_type = 'incident' AND system_id = 'oa' AND created_at >= ? AND created_at < ?""",
        Timestamp.valueOf(LocalDateTime.of(2043, 3, 1, 0, 0)), Timestamp.valueOf(LocalDateTime.of(2043, 4, 1, 0, 0)));
  }

  /** The month's incidents, inserted in batches (a loader, not lifecycles): times, priorities, SLA outcomes. */
  private long generate() {
    Long existing = jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE ticket_number LIKE 'INC-204303%'", Long.class);
    if (existing != null && existing >= TICKETS) {
      return existing;
    }
    Random random = new Random(43);
    List<Object[]> batch = new ArrayList<>();
    for (int i = 1; i <= TICKETS; i++) {
      int day = 1 + (i % 31);
      LocalDateTime created = LocalDateTime.of(2043, 3, day, 8 + random.nextInt(9), random.nextInt(60));
      LocalDateTime responseDue = created.plusMinutes(30);
      LocalDateTime responded = created.plusMinutes(5 + random.nextInt(40));
      LocalDateTime resolveDue = created.plusHours(4);
      LocalDateTime resolved = random.nextInt(10) == 0 ? null : created.plusMinutes(30 + random.nextInt(300));
      boolean escalated = random.nextInt(6) == 0;
      batch.add(new Object[] {String.format("INC-204303%02d-%05d", day, i), "oa", PRIORITIES[random.nextInt(4)],
          resolved == null ? "responded" : "resolved", ts(created), ts(responseDue), ts(resolveDue), ts(responded),
          ts(resolved), !responded.isAfter(responseDue), resolved == null ? null : !resolved.isAfter(resolveDue),
          escalated ? 1 : 0, ts(created)});
      if (batch.size() == 1000 || i == TICKETS) {
        jdbc.batchUpdate("""
            INSERT INTO ticket (ticket_number, ticket_type, system_id, channel, reporter, summary, important_period,
              priority, major, status, created_at, response_due_at, resolve_due_at, responded_at, resolved_at,
              response_sla_met, resolve_sla_met, handler_group, escalation_level, reopen_count, updated_at)
            VALUES (?, 'incident', ?, 'hotline', '基准测试', '基准测试事件', FALSE, ?, FALSE, ?, ?, ?, ?, ?, ?, ?, ?,
              'service-desk', ?, 0, ?)""", batch);
        batch.clear();
      }
    }
    return TICKETS;
  }

  private static Timestamp ts(LocalDateTime time) {
    return time == null ? null : Timestamp.valueOf(time);
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
