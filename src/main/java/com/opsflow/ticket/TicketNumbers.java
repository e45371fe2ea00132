package com.opsflow.ticket;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out ticket numbers PREFIX-yyyyMMdd-NNNN from one counter row per prefix and day (ticket_sequence).
 * Creating the day's row and counting up happen in statements that are atomic under concurrency on their own,
 * no failed insert is caught and retried: on PostgreSQL a failed statement aborts the whole transaction
 * (issue 9, item 4). The increment locks the row until the creating transaction ends, so concurrent starts get
 * distinct, consecutive numbers; a number is never handed out twice.
 */
@Service
public class TicketNumbers {

  public static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{8}-\\d{4,}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  /** Inserts the day's row with 1 or, when it exists (also when a concurrent insert got there first), counts up. */
  private static final String POSTGRES_UPSERT = "INSERT INTO ticket_sequence (prefix, seq_day, last_value)"
      + " VALUES (?, ?, 1) ON CONFLICT (prefix, seq_day)"
      + " DO UPDATE SET last_value = ticket_sequence.last_value + 1 RETURNING last_value";
  /**
   * Makes sure the day's row exists (last_value defaults to 0). H2's MERGE ... KEY retries itself when a
   * concurrent transaction inserts the same key; an existing row is left as it is (its key set to itself).
   */
  private static final String H2_ENSURE_ROW =
      "MERGE INTO ticket_sequence (prefix, seq_day) KEY (prefix, seq_day) VALUES (?, ?)";
  /** Counts up and returns the new value in one statement. */
  private static final String H2_INCREMENT = "SELECT last_value FROM FINAL TABLE"
      + " (UPDATE ticket_sequence SET last_value = last_value + 1 WHERE prefix = ? AND seq_day = ?)";

  private final JdbcTemplate jdbc;
  private final TicketTime time;
  private final boolean postgres;

  TicketNumbers(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
    this.postgres = isPostgres(jdbc.getDataSource());
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    LocalDate day = time.today();
    Integer value;
    if (postgres) {
      value = jdbc.queryForObject(POSTGRES_UPSERT, Integer.class, prefix, day);
    } else {
      jdbc.update(H2_ENSURE_ROW, prefix, day);
      value = jdbc.queryForObject(H2_INCREMENT, Integer.class, prefix, day);
    }
    return format(prefix, day, value);
  }

  private static boolean isPostgres(DataSource dataSource) {
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database ticket numbers are kept in", e);
    }
    if ("PostgreSQL".equals(product)) {
      return true;
    }
    if ("H2".equals(product)) {
      return false;
    }
    throw new IllegalStateException("Ticket numbers need PostgreSQL or H2, not " + product);
  }

  private static String format(String prefix, LocalDate day, int value) {
    return String.format("%s-%s-%04d", prefix, DAY.format(day), value);
  }
}
