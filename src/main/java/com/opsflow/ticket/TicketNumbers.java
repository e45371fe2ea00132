package com.opsflow.ticket;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out ticket numbers PREFIX-yyyyMMdd-NNNN. The counter row is locked by the update, so
 * concurrent starts get distinct numbers; a number is never handed out twice.
 */
@Service
public class TicketNumbers {

  public static final Pattern FORMAT = Pattern.compile("[A-Z]{2,4}-\\d{8}-\\d{4,}");
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final TicketTime time;

  TicketNumbers(JdbcTemplate jdbc, TicketTime time) {
    this.jdbc = jdbc;
    this.time = time;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next(String prefix) {
    LocalDate day = time.today();
    int updated = jdbc.update("UPDATE ticket_sequence SET last_value = last_value + 1 WHERE prefix = ? AND seq_day = ?",
        prefix, day);
    if (updated == 0) {
      try {
        jdbc.update("INSERT INTO ticket_sequence (prefix, seq_day, last_value) VALUES (?, ?, 1)", prefix, day);
        return format(prefix, day, 1);
      } catch (DuplicateKeyException raced) {
        jdbc.update("UPDATE ticket_sequence SET last_value = last_value + 1 WHERE prefix = ? AND seq_day = ?",
            prefix, day);
      }
    }
    Integer value = jdbc.queryForObject("SELECT last_value FROM ticket_sequence WHERE prefix = ? AND seq_day = ?",
        Integer.class, prefix, day);
    return format(prefix, day, value);
  }

  private static String format(String prefix, LocalDate day, int value) {
    return String.format("%s-%s-%04d", prefix, DAY.format(day), value);
  }
}
