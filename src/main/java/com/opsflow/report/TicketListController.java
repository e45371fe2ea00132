package com.opsflow.report;

import com.opsflow.intake.InvalidInputException;
import com.opsflow.kpi.ManagerAccess;
import com.opsflow.ticket.TicketFilter;
import com.opsflow.ticket.TicketList;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tickets}: the ticket register filtered, sorted and paged as JSON, or with {@code format=xlsx} the
 * whole selection as the 事件处理清单. Managers only ({@link ManagerAccess}). Times are the bureau's local time;
 * {@code from}/{@code to} bound the creation time, {@code closedFrom}/{@code closedTo} the closing time — a date
 * alone means the whole day ({@code to=2026-11-30} includes the 30th).
 */
@RestController
class TicketListController {

  static final int MAX_PAGE_SIZE = 500;

  private final TicketList list;
  private final IncidentListSheet sheet;
  private final ManagerAccess access;

  TicketListController(TicketList list, IncidentListSheet sheet, ManagerAccess access) {
    this.list = list;
    this.sheet = sheet;
    this.access = access;
  }

  @GetMapping("/api/tickets")
  ResponseEntity<?> tickets(@RequestParam(required = false) String system,
      @RequestParam(required = false) String kind, @RequestParam(required = false) String status,
      @RequestParam(required = false) String priority, @RequestParam(required = false) String channel,
      @RequestParam(required = false) String sla, @RequestParam(required = false) String escalated,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String closedFrom, @RequestParam(required = false) String closedTo,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) String major, @RequestParam(required = false) String openAt,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
      @RequestParam(required = false) String format) {
    access.requireReader();
    if (sla != null && !List.of(TicketFilter.SLA_MET, TicketFilter.SLA_MISSED).contains(sla)) {
      throw new InvalidInputException("sla", "sla 应为 met 或 missed / sla must be met or missed");
    }
    if (escalated != null && !List.of("true", "false").contains(escalated)) {
      throw new InvalidInputException("escalated", "escalated 应为 true 或 false / escalated must be true or false");
    }
    if (major != null && !List.of("true", "false").contains(major)) {
      throw new InvalidInputException("major", "major 应为 true 或 false / major must be true or false");
    }
    TicketFilter filter = new TicketFilter(system, kind, status, priority, channel, sla,
        escalated == null ? null : Boolean.valueOf(escalated), start("from", from), end("to", to),
        start("closedFrom", closedFrom), end("closedTo", closedTo), q, major == null ? null : Boolean.valueOf(major),
        end("openAt", openAt));
    TicketList.Sort order = sort(sort);
    if (format != null && !format.isBlank()) {
      if (!ReportFormat.XLSX.code().equals(format)) {
        throw new InvalidInputException("format", "清单只提供 xlsx 格式 / the list exports as xlsx only");
      }
      try (SheetWriter writer = new SheetWriter()) {
        sheet.write(writer, filter, order);
        return ReportFormat.XLSX.download("事件处理清单", writer.bytes());
      }
    }
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size", "page ≥ 0，size 在 1 到 " + MAX_PAGE_SIZE + " 之间 / page must be ≥ 0 and"
          + " size between 1 and " + MAX_PAGE_SIZE);
    }
    return ResponseEntity.ok(list.page(filter, order, page, size));
  }

  /** {@code createdAt,desc} → newest first; the direction defaults to ascending. */
  static TicketList.Sort sort(String sort) {
    if (sort == null || sort.isBlank()) {
      return TicketList.Sort.NEWEST_FIRST;
    }
    String[] parts = sort.split(",", 2);
    TicketList.SortColumn column = TicketList.SortColumn.of(parts[0].trim());
    boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim());
    boolean ascending = parts.length == 1 || "asc".equalsIgnoreCase(parts[1].trim());
    if (column == null || !(descending || ascending)) {
      throw new InvalidInputException("sort", "排序应为 列名[,asc|desc]，列名为 " + java.util.Arrays.stream(
          TicketList.SortColumn.values()).map(TicketList.SortColumn::param).toList() + " / sort must be column[,asc|desc]");
    }
    return new TicketList.Sort(column, descending);
  }

  static LocalDateTime start(String field, String value) {
    return value == null || value.isBlank() ? null : parse(field, value, false);
  }

  static LocalDateTime end(String field, String value) {
    return value == null || value.isBlank() ? null : parse(field, value, true);
  }

  private static LocalDateTime parse(String field, String value, boolean end) {
    try {
      if (value.length() == 10) {
        LocalDate day = LocalDate.parse(value);
        return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
      }
      return LocalDateTime.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, field + " 应为日期 yyyy-MM-dd 或时间 yyyy-MM-ddTHH:mm，收到 '" + value
          + "' / " + field + " must be a date or date-time");
    }
  }
}
