package com.opsflow.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Counts the database and engine work one thread does while a recording is open: SQL statements (each execution and
 * each batch entry, by verb and table), JDBC round trips (an execute or an executeBatch), connections taken, commits
 * and rollbacks, and engine commands (the API calls, and the commands nested in them). Independent of the machine's
 * load, unlike a timing: the benchmark prints it per start and per lifecycle for OpsFlow and the bare-engine twin
 * (issue 15, "find where the time goes").
 *
 * <p>The work is counted on the thread that does it, so lifecycles running in parallel count apart; work handed to
 * another thread (the job executor, off in the benchmark) is not counted. A {@link DataSource} counts once wrapped by
 * {@link #wrap(DataSource)}; engine commands once {@link #commandInterceptor()} is in the engine's command chain.
 */
final class WorkCounter {

  private static final ThreadLocal<Tally> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<int[]> COMMAND_DEPTH = ThreadLocal.withInitial(() -> new int[1]);
  private static final Pattern TABLE = Pattern.compile(
      "\\b(?:from|into|update|merge\\s+into|table)\\s+\\(?\\s*(?!select\\b)([a-z_][a-z0-9_.]*)");

  private WorkCounter() {
  }

  /** Runs {@code work} on this thread with a fresh tally open and returns the work's result and what it did. */
  static <T> Counted<T> count(Supplier<T> work) {
    Tally outer = CURRENT.get();
    Tally tally = new Tally();
    CURRENT.set(tally);
    try {
      return new Counted<>(work.get(), tally);
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
        outer.add(tally);
      }
    }
  }

  record Counted<T>(T result, Tally tally) {
  }

  /** The data source with every connection, statement, commit and rollback counted into the open tally. */
  static DataSource wrap(DataSource dataSource) {
    return proxy(DataSource.class, dataSource, (target, method, args) -> {
      Object result = invoke(target, method, args);
      if (method.getName().equals("getConnection")) {
        tally(t -> t.connections++);
        return proxy(Connection.class, result, connectionHandler());
      }
      return result;
    });
  }

  /** Counts each engine command into the open tally: an API call at depth 0, the commands it runs nested in it. */
  static CommandInterceptor commandInterceptor() {
    return new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        int[] depth = COMMAND_DEPTH.get();
        String name = command.getClass().getSimpleName();
        tally(t -> t.commands.merge((depth[0] == 0 ? "" : "nested ") + name, 1, Integer::sum));
        depth[0]++;
        try {
          return next.execute(command);
        } finally {
          depth[0]--;
        }
      }
    };
  }

  private static InvocationHandler0 connectionHandler() {
    return (target, method, args) -> {
      Object result = invoke(target, method, args);
      switch (method.getName()) {
        case "commit" -> tally(t -> t.commits++);
        case "rollback" -> {
          if (args == null || args.length == 0) {
            tally(t -> t.rollbacks++);
          }
        }
        case "prepareStatement" -> {
          return proxy(PreparedStatement.class, result, statementHandler((String) args[0]));
        }
        case "prepareCall" -> {
          return proxy(CallableStatement.class, result, statementHandler((String) args[0]));
        }
        case "createStatement" -> {
          return proxy(Statement.class, result, statementHandler(null));
        }
        default -> {
        }
      }
      return result;
    };
  }

  private static InvocationHandler0 statementHandler(String preparedSql) {
    return (target, method, args) -> {
      String name = method.getName();
      String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
      if (name.equals("addBatch")) {
        tally(t -> t.statement(sql));
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        tally(t -> t.roundTrips++);
      } else if (name.startsWith("execute")) {
        tally(t -> {
          t.roundTrips++;
          t.statement(sql);
        });
      }
      return invoke(target, method, args);
    };
  }

  private static void tally(java.util.function.Consumer<Tally> change) {
    Tally tally = CURRENT.get();
    if (tally != null) {
      change.accept(tally);
    }
  }

  /** What was counted: totals and the statements by "verb table" (e.g. "insert act_hi_varinst"). */
  static final class Tally {
    int statements;
    int roundTrips;
    int connections;
    int commits;
    int rollbacks;
    final Map<String, Integer> byStatement = new TreeMap<>();
    final Map<String, Integer> commands = new TreeMap<>();

    void statement(String sql) {
      statements++;
      byStatement.merge(kind(sql), 1, Integer::sum);
    }

    void add(Tally other) {
      statements += other.statements;
      roundTrips += other.roundTrips;
      connections += other.connections;
      commits += other.commits;
      rollbacks += other.rollbacks;
      other.byStatement.forEach((k, v) -> byStatement.merge(k, v, Integer::sum));
      other.commands.forEach((k, v) -> commands.merge(k, v, Integer::sum));
    }

    /** Engine API calls (commands not nested in another command). */
    int apiCommands() {
      return commands.entrySet().stream().filter(e -> !e.getKey().startsWith("nested "))
          .mapToInt(Map.Entry::getValue).sum();
    }

    int nestedCommands() {
      return commands.entrySet().stream().filter(e -> e.getKey().startsWith("nested "))
          .mapToInt(Map.Entry::getValue).sum();
    }

    /** Statements whose table is not one of the engine's (ACT_*): OpsFlow's own SQL. */
    int applicationStatements() {
      return byStatement.entrySet().stream().filter(e -> !e.getKey().contains(" act_"))
          .mapToInt(Map.Entry::getValue).sum();
    }

    static Tally sum(List<Tally> tallies) {
      Tally sum = new Tally();
      tallies.forEach(sum::add);
      return sum;
    }
  }

  /** "verb table" of a statement, lower case: "select act_ru_task", "insert ticket_event", "merge ticket_sequence". */
  static String kind(String sql) {
    if (sql == null) {
      return "unknown";
    }
    String s = sql.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    String verb = s.contains(" ") ? s.substring(0, s.indexOf(' ')) : s;
    if (verb.equals("with")) {
      verb = "select";
    }
    if (s.startsWith("insert") && s.contains(" on conflict ")) {
      verb = "upsert";
    }
    if (s.contains(" final table (update ")) {
      verb = "update";
      s = s.substring(s.indexOf("(update "));
    }
    Matcher m = TABLE.matcher(s);
    String table = m.find() ? m.group(1) : "?";
    int dot = table.lastIndexOf('.');
    return verb + " " + (dot >= 0 ? table.substring(dot + 1) : table);
  }

  /** A tally as an ordered map for the JSON report and the printout. */
  static Map<String, Object> asMap(Tally t, int per) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("statements", round(t.statements, per));
    m.put("engineStatements", round(t.statements - t.applicationStatements(), per));
    m.put("applicationStatements", round(t.applicationStatements(), per));
    m.put("roundTrips", round(t.roundTrips, per));
    m.put("connections", round(t.connections, per));
    m.put("commits", round(t.commits, per));
    m.put("rollbacks", round(t.rollbacks, per));
    m.put("engineApiCommands", round(t.apiCommands(), per));
    m.put("engineNestedCommands", round(t.nestedCommands(), per));
    Map<String, Object> statements = new LinkedHashMap<>();
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(t.byStatement.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    sorted.forEach(e -> statements.put(e.getKey(), round(e.getValue(), per)));
    m.put("byStatement", statements);
    Map<String, Object> commands = new LinkedHashMap<>();
    t.commands.forEach((k, v) -> commands.put(k, round(v, per)));
    m.put("engineCommands", commands);
    return m;
  }

  private static double round(int total, int per) {
    return per == 0 ? 0 : Math.round(total * 100.0 / per) / 100.0;
  }

  @FunctionalInterface
  private interface InvocationHandler0 {
    Object handle(Object target, Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, Object target, InvocationHandler0 handler) {
    InvocationHandler h = (p, method, args) -> {
      switch (method.getName()) {
        case "equals" -> {
          return p == args[0];
        }
        case "hashCode" -> {
          return System.identityHashCode(p);
        }
        case "toString" -> {
          return "counted " + target;
        }
        case "unwrap" -> {
          if (args[0] == type) {
            return p;
          }
        }
        default -> {
        }
      }
      return handler.handle(target, method, args);
    };
    return type.cast(Proxy.newProxyInstance(WorkCounter.class.getClassLoader(), new Class<?>[] {type}, h));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
