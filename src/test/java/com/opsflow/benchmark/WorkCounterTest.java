package com.opsflow.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.incident.IncidentProcess;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's statement and commit counts (issue 15) are only worth printing if they count what runs: plain JDBC
 * in a Spring transaction on a wrapped data source, and an engine start on the bare twin, counted exactly.
 */
class WorkCounterTest {

  @Test
  void shouldCountStatementsBatchEntriesRoundTripsAndCommitsOfOneTransaction() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:work-counter-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    DataSource counted = WorkCounter.wrap(h2);
    JdbcTemplate jdbc = new JdbcTemplate(counted);
    jdbc.execute("CREATE TABLE ticket_event (id INT PRIMARY KEY, detail VARCHAR(20))");
    TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(counted));

    WorkCounter.Counted<Integer> work = WorkCounter.count(() -> tx.execute(status -> {
      jdbc.update("INSERT INTO ticket_event (id, detail) VALUES (?, ?)", 1, "registered");
      jdbc.batchUpdate("INSERT INTO ticket_event (id, detail) VALUES (?, ?)",
          List.of(new Object[] {2, "a"}, new Object[] {3, "b"}, new Object[] {4, "c"}));
      jdbc.update("UPDATE ticket_event SET detail = ? WHERE id = ?", "closed", 1);
      return jdbc.queryForObject("SELECT COUNT(*) FROM ticket_event", Integer.class);
    }));

    WorkCounter.Tally t = work.tally();
    assertThat(work.result()).isEqualTo(4);
    assertThat(t.statements).as("statements, each batch entry one").isEqualTo(6);
    assertThat(t.roundTrips).as("round trips, the batch one").isEqualTo(4);
    assertThat(t.byStatement).containsEntry("insert ticket_event", 4).containsEntry("update ticket_event", 1)
        .containsEntry("select ticket_event", 1).hasSize(3);
    assertThat(t.connections).as("one connection for the transaction").isEqualTo(1);
    assertThat(t.commits).isEqualTo(1);
    assertThat(t.rollbacks).isZero();
    assertThat(t.applicationStatements()).isEqualTo(6);

    WorkCounter.Tally outside = WorkCounter.count(() -> jdbc.queryForObject("SELECT 1", Integer.class)).tally();
    assertThat(outside.statements).as("a new tally starts at zero").isEqualTo(1);
  }

  @Test
  void shouldNameStatementsByVerbAndTable() {
    assertThat(WorkCounter.kind("insert into ACT_HI_VARINST (ID_, ...) values (?)")).isEqualTo("insert act_hi_varinst");
    assertThat(WorkCounter.kind("select RES.* from ACT_RU_TASK RES where ...")).isEqualTo("select act_ru_task");
    assertThat(WorkCounter.kind("INSERT INTO ticket_sequence (prefix) VALUES (?) ON CONFLICT (prefix) DO UPDATE"))
        .isEqualTo("upsert ticket_sequence");
    assertThat(WorkCounter.kind("MERGE INTO ticket_sequence (prefix, seq_day) KEY (prefix, seq_day) VALUES (?, ?)"))
        .isEqualTo("merge ticket_sequence");
    assertThat(WorkCounter.kind("SELECT last_value FROM FINAL TABLE (UPDATE ticket_sequence SET last_value = 1)"))
        .isEqualTo("update ticket_sequence");
    assertThat(WorkCounter.kind("  update   public.ticket set x = ?")).isEqualTo("update ticket");
    assertThat(WorkCounter.kind("select count(*) from (select id from ticket where x = ?) t")).isEqualTo("select ticket");
  }

  @Test
  void shouldCountTheTwinsIncidentStartAsOneApiCommandAndOneCommit() {
    try (BareEngineTwin twin = BareEngineTwin.start()) {
      RuntimeService runtime = twin.engine().getRuntimeService();
      WorkCounter.Counted<ProcessInstance> start = WorkCounter.count(() ->
          runtime.createProcessInstanceByKey(IncidentProcess.KEY)
              .setVariable(IncidentProcess.Var.SYSTEM, "tips")
              .setVariable(IncidentProcess.Var.IMPACT, "individual")
              .setVariable(IncidentProcess.Var.URGENCY, "low")
              .setVariable(IncidentProcess.Var.IMPORTANT_PERIOD, false)
              .setVariable(IncidentProcess.Var.SUMMARY, "打印空白")
              .setVariable(IncidentProcess.Var.DESCRIPTION, "打印空白")
              .execute());

      WorkCounter.Tally t = start.tally();
      assertThat(start.result().getBusinessKey()).startsWith("INC-TWIN-");
      assertThat(t.apiCommands()).as("API calls: the start only").isEqualTo(1);
      assertThat(t.commands).containsKey("StartProcessInstanceCmd");
      assertThat(t.commits).as("one transaction").isEqualTo(1);
      assertThat(t.byStatement).as("the instance, its history and its first task are written")
          .containsKeys("insert act_ru_execution", "insert act_hi_procinst", "insert act_ru_task");
      assertThat(t.applicationStatements()).as("the twin has no register").isZero();
      assertThat(t.roundTrips).isPositive().isLessThanOrEqualTo(t.statements);

      long tasks = runtime.createProcessInstanceQuery().count();
      assertThat(WorkCounter.count(() -> runtime.createProcessInstanceQuery().count()).tally().apiCommands())
          .as("a query is one command").isEqualTo(1);
      assertThat(tasks).isEqualTo(1);
    }
  }
}
