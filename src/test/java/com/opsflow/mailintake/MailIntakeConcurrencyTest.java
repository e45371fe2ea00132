package com.opsflow.mailintake;

import static com.opsflow.mailintake.IntakeMailbox.mail;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.mailintake.MailboxPoller.PollResult;
import com.opsflow.support.OpsFlowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16: production runs several nodes on PostgreSQL, each polling the one intake mailbox. Two pollers with
 * connections of their own take the same mails at the same moment; each mail becomes one incident. Tagged
 * "integration" (through {@link OpsFlowIntegrationTest}): {@code ./mvnw test -Ppostgres} runs it on PostgreSQL, where
 * the second claim waits for the first transaction and then fails on the key.
 */
@OpsFlowIntegrationTest
class MailIntakeConcurrencyTest {

  static final int MAILS = 6;

  @Autowired
  MailIntake intake;
  @Autowired
  MailIntakeRegister register;
  @Autowired
  JdbcTemplate jdbc;

  IntakeMailbox mailbox;

  @BeforeEach
  void openMailbox() {
    mailbox = new IntakeMailbox();
  }

  @AfterEach
  void closeMailbox() {
    mailbox.close();
  }

  @Test
  void shouldMakeEachMailOneIncidentWhenTwoNodesPollAtOnce() throws Exception {
    for (int i = 1; i <= MAILS; i++) {
      mailbox.deliver(mail("并发" + i, "concurrent" + i + "@tax.example.gov.cn", "两节点同时收取 " + i, "第 " + i + " 封"));
    }
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<PollResult>> polls = new ArrayList<>();
    try {
      for (int node = 0; node < 2; node++) {
        MailboxPoller poller = new MailboxPoller(mailbox.properties(), mail -> {
          awaitQuietly(together); // both nodes hold each mail before either claims it
          return intake.take(mail);
        }, register);
        polls.add(nodes.submit(poller::poll));
      }
      List<PollResult> results = new ArrayList<>();
      for (Future<PollResult> poll : polls) {
        results.add(poll.get());
      }

      assertThat(results).allSatisfy(r -> assertThat(r.reached()).isTrue());
      assertThat(results.stream().mapToInt(PollResult::incidents).sum()).isEqualTo(MAILS);
      assertThat(results.stream().mapToInt(PollResult::failed).sum()).isZero();
    } finally {
      nodes.shutdownNow();
    }
    Integer incidents = jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE reporter_email LIKE 'concurrent%'"
        + " AND channel = 'mail'", Integer.class);
    Integer claims = jdbc.queryForObject("SELECT COUNT(*) FROM mail_intake WHERE sender LIKE 'concurrent%'"
        + " AND outcome = 'incident'", Integer.class);
    assertThat(incidents).isEqualTo(MAILS);
    assertThat(claims).isEqualTo(MAILS);
    assertThat(mailbox.count("INBOX")).isZero();
    assertThat(mailbox.count(IntakeMailbox.PROCESSED)).isEqualTo(MAILS);
  }

  /**
   * Meets the other node at each mail; once it stops coming (it found the rest taken before it read them), the barrier
   * breaks and this node goes on alone. The outcome asserted does not depend on how long either waits.
   */
  private static void awaitQuietly(CyclicBarrier barrier) {
    try {
      barrier.await(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // go on alone
    }
  }
}
