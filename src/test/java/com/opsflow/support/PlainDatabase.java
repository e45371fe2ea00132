package com.opsflow.support;

import com.opsflow.ticket.NewTicket;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * OpsFlow's tables in a fresh in-memory H2 (Flyway, as the application migrates them), without Spring or the
 * engine: for the engine-free service tests (issue 11). The engine's clock is its default, the system clock.
 */
public final class PlainDatabase {

  public final JdbcTemplate jdbc;
  public final TicketTime time = new TicketTime("Asia/Shanghai");
  public final TicketService tickets;

  public PlainDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:plain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    Flyway.configure().dataSource(dataSource).table("opsflow_schema_history").baselineOnMigrate(true)
        .baselineVersion("0").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    tickets = new TicketService(jdbc, time);
  }

  /** Registers a ticket (the row every feature register refers to) as {@code reporter} would open it. */
  public String ticket(String ticketNumber, String ticketType, String summary) {
    tickets.register(new NewTicket(ticketNumber, ticketType, "pi-" + ticketNumber, "tips", "phone", "reporter",
        null, summary, summary, null, null, false, "demo-service-desk"));
    return ticketNumber;
  }

  /** Registers a ticket of {@code type} for system tips, created by {@code actor}. */
  public void register(String number, String type, String actor) {
    tickets.register(new NewTicket(number, type, "pi-" + number, "tips", "phone", actor, null, "摘要 " + number,
        "描述 " + number, null, null, false, actor));
  }

  /** The codes of the ticket's history, oldest first. */
  public java.util.List<String> historyCodes(String number) {
    return jdbc.queryForList("SELECT event_type FROM ticket_event WHERE ticket_number = ? ORDER BY id", String.class,
        number);
  }

  /** The ticket's history: "code|actor|detail" in the order written. */
  public java.util.List<String> history(String ticketNumber) {
    return jdbc.queryForList("SELECT event_type || '|' || COALESCE(actor, '') || '|' || COALESCE(detail, '')"
        + " FROM ticket_event WHERE ticket_number = ? ORDER BY id", String.class, ticketNumber);
  }
}
