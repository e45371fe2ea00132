package com.opsflow.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points test contexts at the database the suite runs on. Default: in-memory H2 (application-test.yaml).
 * With -Dopsflow.test.database=postgres (Maven profile "postgres"): a database of its own, created in the
 * local PostgreSQL (127.0.0.1:5432, user postgres, trust auth; override with OPSFLOW_TEST_PG_URL,
 * OPSFLOW_TEST_PG_USER, OPSFLOW_TEST_PG_PASSWORD) for this JVM and dropped when the JVM exits.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static String postgresUrl;
  private static final java.util.List<ConfigurableApplicationContext> CONTEXTS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  public static boolean postgres() {
    return "postgres".equals(System.getProperty("opsflow.test.database"));
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    if (!postgres() || context.getEnvironment().getProperty("opsflow.test.own-datasource", Boolean.class, false)) {
      return;
    }
    Map<String, Object> props = new HashMap<>();
    props.put("spring.datasource.url", postgresDatabase());
    props.put("spring.datasource.username", user());
    props.put("spring.datasource.password", password());
    props.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("opsflow-test-database", props));
    CONTEXTS.add(context);
  }

  /** The JDBC URL of this JVM's PostgreSQL test database, created on first use. */
  public static synchronized String postgresDatabase() {
    if (postgresUrl == null) {
      String name = "opsflow_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
      execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
      postgresUrl = server() + "/" + name;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        // engines first (close() waits for a close already under way), then the database under them
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }));
    }
    return postgresUrl;
  }

  /**
   * A new, empty PostgreSQL database for OpsFlow nodes started by a test (never shared with the Spring test
   * contexts of this JVM, whose jobs the nodes' job executors would run); dropped when the JVM exits.
   */
  public static String freshPostgresDatabase(String purpose) {
    String name = "opsflow_" + purpose + "_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
    execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
    return server() + "/" + name;
  }

  /** A connection to a test database as the test user (for checks behind the application's back). */
  public static Connection connect(String jdbcUrl) throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user(), password());
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(server() + "/postgres", user(), password());
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database: " + sql + " failed: " + e.getMessage(), e);
    }
  }

  /** The local test server's JDBC URL without a database, e.g. {@code jdbc:postgresql://127.0.0.1:5432}. */
  public static String serverUrl() {
    return server();
  }

  private static String server() {
    return env("OPSFLOW_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432");
  }

  public static String user() {
    return env("OPSFLOW_TEST_PG_USER", "postgres");
  }

  public static String password() {
    return env("OPSFLOW_TEST_PG_PASSWORD", "");
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
