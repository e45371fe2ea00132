package com.opsflow.ticket;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of the ticket register: one SQL statement per page or export (no per-ticket round trips), the
 * filter translated into bound parameters, the order from a closed set of columns.
 */
@Service
@Transactional(readOnly = true)
public class TicketList {

  /** The columns a list can be ordered by (ticket number breaks ties, so pages are stable). */
  public enum SortColumn {
    NUMBER("number", "ticket_number"), CREATED_AT("createdAt", "created_at"), CLOSED_AT("closedAt", "closed_at"),
    RESOLVED_AT("resolvedAt", "resolved_at"), PRIORITY("priority", "priority"), SYSTEM("system", "system_id"),
    STATUS("status", "status");

    private final String param;
    private final String column;

    SortColumn(String param, String column) {
      this.param = param;
      this.column = column;
    }

    /** The name a request uses ({@code createdAt}). */
    public String param() {
      return param;
    }

    /** {@code createdAt} → CREATED_AT; null when unknown. */
    public static SortColumn of(String param) {
      for (SortColumn c : values()) {
        if (c.param.equals(param)) {
          return c;
        }
      }
      return null;
    }
  }

  public record Sort(SortColumn column, boolean descending) {
    public static final Sort NEWEST_FIRST = new Sort(SortColumn.CREATED_AT, true);
  }

  public record Page(long total, int page, int size, List<Ticket> tickets) {
  }

  private final JdbcTemplate jdbc;

  TicketList(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Page page(TicketFilter filter, Sort sort, int page, int size) {
    Where where = where(filter);
    Long total = jdbc.queryForObject("SELECT COUNT(*) FROM ticket" + where.sql, Long.class, where.args.toArray());
    List<Object> args = new ArrayList<>(where.args);
    args.add(size);
    args.add((long) page * size);
    List<Ticket> rows = jdbc.query("SELECT * FROM ticket" + where.sql + orderBy(sort) + " LIMIT ? OFFSET ?",
        TicketService::map, args.toArray());
    return new Page(total == null ? 0 : total, page, size, rows);
  }

  /** Every selected ticket in order, handed over one by one (an export of any size stays out of memory). */
  public void each(TicketFilter filter, Sort sort, Consumer<Ticket> consumer) {
    Where where = where(filter);
    jdbc.query("SELECT * FROM ticket" + where.sql + orderBy(sort),
        rs -> {
          consumer.accept(TicketService.map(rs, rs.getRow()));
        }, where.args.toArray());
  }

  public List<Ticket> all(TicketFilter filter, Sort sort) {
    List<Ticket> tickets = new ArrayList<>();
    each(filter, sort, tickets::add);
    return tickets;
  }

  private static String orderBy(Sort sort) {
    Sort s = sort == null ? Sort.NEWEST_FIRST : sort;
    String dir = s.descending() ? " DESC" : " ASC";
    return " ORDER BY " + s.column().column + dir + ", ticket_number" + dir;
  }

  private record Where(String sql, List<Object> args) {
  }

  private static Where where(TicketFilter f) {
    List<String> clauses = new ArrayList<>();
    List<Object> args = new ArrayList<>();
    if (f != null) {
      equal(clauses, args, "system_id", f.system());
      if (f.kind() != null && !f.kind().isBlank()) {
        if (f.kind().chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
          clauses.add("ticket_number LIKE ?");
          args.add(f.kind() + "-%");
        } else {
          equal(clauses, args, "ticket_type", f.kind());
        }
      }
      equal(clauses, args, "status", f.status());
      equal(clauses, args, "priority", f.priority());
      equal(clauses, args, "channel", f.channel());
      if (TicketFilter.SLA_MISSED.equals(f.sla())) {
        clauses.add("(response_sla_met = FALSE OR resolve_sla_met = FALSE)");
      } else if (TicketFilter.SLA_MET.equals(f.sla())) {
        clauses.add("resolve_sla_met = TRUE AND (response_sla_met IS NULL OR response_sla_met = TRUE)");
      }
      if (f.escalated() != null) {
        clauses.add(f.escalated() ? "escalation_level > 0" : "escalation_level = 0");
      }
      range(clauses, args, "created_at", f.createdFrom(), f.createdTo());
      range(clauses, args, "closed_at", f.closedFrom(), f.closedTo());
      if (f.major() != null) {
        clauses.add(f.major() ? "major = TRUE" : "(major IS NULL OR major = FALSE)");
      }
      if (f.openAt() != null) {
        // the same definition as the KPIs' backlog (Kpis.backlog)
        clauses.add("created_at < ? AND (resolved_at IS NULL OR resolved_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)");
        Timestamp at = Timestamp.valueOf(f.openAt());
        args.add(at);
        args.add(at);
        args.add(at);
      }
      if (f.text() != null && !f.text().isBlank()) {
        clauses.add("LOWER(summary) LIKE ?");
        args.add("%" + f.text().trim().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
      }
    }
    return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), args);
  }

  private static void equal(List<String> clauses, List<Object> args, String column, String value) {
    if (value != null && !value.isBlank()) {
      clauses.add(column + " = ?");
      args.add(value);
    }
  }

  private static void range(List<String> clauses, List<Object> args, String column, java.time.LocalDateTime from,
      java.time.LocalDateTime to) {
    if (from != null) {
      clauses.add(column + " >= ?");
      args.add(Timestamp.valueOf(from));
    }
    if (to != null) {
      clauses.add(column + " < ?");
      args.add(Timestamp.valueOf(to));
    }
  }
}
