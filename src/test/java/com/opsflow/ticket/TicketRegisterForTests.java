package com.opsflow.ticket;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The ticket register for engine-free service tests: a fresh in-memory H2 that Flyway migrates, no Spring context and
 * no engine (issue 11). Time is the engine's clock, which a test sets with {@code ClockUtil}.
 */
public final class TicketRegisterForTests {

  public final JdbcTemplate jdbc;
  public final TicketTime time = new TicketTime("Asia/Shanghai");
  public final TicketService tickets;

  public TicketRegisterForTests() {
    DriverManagerDataSource dataSource = new DriverManagerDataSource(
        "jdbc:h2:mem:register-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    Flyway.configure().dataSource(dataSource).table("opsflow_schema_history").load().migrate();
    jdbc = new JdbcTemplate(dataSource);
    tickets = new TicketService(jdbc, time);
  }

  /** Registers a ticket of {@code type} for system tips, created by {@code actor}. */
  public void register(String number, String type, String actor) {
    tickets.register(new NewTicket(number, type, "pi-" + number, "tips", "phone", actor, null, "摘要 " + number,
        "描述 " + number, null, null, false, actor));
  }

  /** The codes of the ticket's history, oldest first. */
  public java.util.List<String> history(String number) {
    return tickets.events(number).stream().map(TicketEventRecord::eventType).toList();
  }
}
