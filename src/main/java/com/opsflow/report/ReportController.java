package com.opsflow.report;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.kpi.ManagerAccess;
import com.opsflow.ticket.SupportedSystems;
import java.util.Arrays;
import java.util.NoSuchElementException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/{kind}?system=&period=&format=xlsx|docx} (SPEC §6): a report of {@link ReportKind} for a
 * system (none: all) and a period (2026-11, 2026-Q4, 2026) as a file. Managers only ({@link ManagerAccess}).
 */
@RestController
class ReportController {

  private final Reports reports;
  private final ManagerAccess access;

  ReportController(Reports reports, ManagerAccess access) {
    this.reports = reports;
    this.access = access;
  }

  @GetMapping("/api/reports/{kind}")
  ResponseEntity<byte[]> report(@PathVariable String kind, @RequestParam(required = false) String system,
      @RequestParam(required = false) String period, @RequestParam(defaultValue = "docx") String format) {
    access.requireReader();
    ReportKind reportKind = ReportKind.of(kind);
    if (reportKind == null) {
      throw new NoSuchElementException("没有报告 " + kind + "，可选 " + Arrays.stream(ReportKind.values())
          .map(ReportKind::code).toList() + " / no report kind " + kind);
    }
    if (system != null && !system.isBlank() && !SupportedSystems.CODES.contains(system)) {
      throw new InvalidInputException("system", "system 应为 " + SupportedSystems.CODES + " 之一 / unknown system");
    }
    ReportFormat reportFormat = ReportFormat.of(format);
    if (reportFormat == null) {
      throw new InvalidInputException("format", "format 应为 xlsx 或 docx / format must be xlsx or docx");
    }
    Reports.Rendered rendered = reports.render(reportKind, system == null || system.isBlank() ? null : system,
        ReportPeriod.parse(period), reportFormat);
    return reportFormat.download(rendered.title(), rendered.bytes());
  }
}
