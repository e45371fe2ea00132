package com.opsflow.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Start-up work that every node does on the shared database (groups, grants, filters, the knowledge index)
 * runs under one cluster-wide lock, in one transaction: nodes starting together on a new database do it one
 * after the other, and the later ones find it done (issue 14). On PostgreSQL the lock is a transaction-level
 * advisory lock; an H2 database serves one node (prod refuses H2 files), so a lock in this JVM does. Engine
 * commands inside the work join the transaction.
 */
@Component
public class StartupLock {

  private static final Map<String, Object> LOCAL = new ConcurrentHashMap<>();

  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final boolean postgres;

  StartupLock(PlatformTransactionManager transactions, JdbcTemplate jdbc, DataSource dataSource) {
    this.transaction = new TransactionTemplate(transactions);
    this.jdbc = jdbc;
    this.postgres = isPostgres(dataSource);
  }

  public void run(String name, Runnable work) {
    if (postgres) {
      transaction.executeWithoutResult(status -> {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, (long) ("opsflow:" + name).hashCode());
        work.run();
      });
      return;
    }
    synchronized (LOCAL.computeIfAbsent(name, n -> new Object())) {
      transaction.executeWithoutResult(status -> work.run());
    }
  }

  private static boolean isPostgres(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database product", e);
    }
  }
}
