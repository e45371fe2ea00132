package com.opsflow.calendar;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The calendar's version row ({@code business_calendar_version}), counted up by every change to calendar days and
 * important periods on whichever node; a node's cached calendar is current while the version is unchanged.
 *
 * <p>Read at most once per transaction: an incident start asks the calendar up to three times (the important period
 * at registration, the response and the resolution clock), and each question read the row again (issue 15). The
 * value lives only as long as the transaction, so every transaction still sees a change committed on another node
 * before it; a change made in the same transaction (here or by SQL followed by {@link #forget()}) is read anew.
 * Outside a transaction every call reads the row.
 */
final class CalendarVersion {

  private final JdbcTemplate jdbc;
  private final Key key;

  CalendarVersion(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
    this.key = new Key(jdbc.getDataSource());
  }

  /** One key per database, shared by the calendar's repositories so that a change by one is seen by the other. */
  private record Key(DataSource dataSource) {
  }

  long read() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return select();
    }
    Object cached = TransactionSynchronizationManager.getResource(key);
    if (cached instanceof Long version) {
      return version;
    }
    long version = select();
    TransactionSynchronizationManager.bindResource(key, version);
    TransactionSynchronizationManager.registerSynchronization(new Unbind(key));
    return version;
  }

  void bump() {
    jdbc.update("UPDATE business_calendar_version SET version = version + 1 WHERE id = 1");
    forget();
  }

  /** The next {@link #read()} in this transaction reads the row again. */
  void forget() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
  }

  private long select() {
    Long version = jdbc.queryForObject("SELECT version FROM business_calendar_version WHERE id = 1", Long.class);
    return version == null ? 0 : version;
  }

  /** Drops the value with its transaction; an inner REQUIRES_NEW transaction reads its own. */
  private static final class Unbind implements TransactionSynchronization {
    private final Key key;
    private Object suspended;

    Unbind(Key key) {
      this.key = key;
    }

    @Override
    public void suspend() {
      suspended = TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }

    @Override
    public void resume() {
      if (suspended != null && !TransactionSynchronizationManager.hasResource(key)) {
        TransactionSynchronizationManager.bindResource(key, suspended);
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
  }
}
