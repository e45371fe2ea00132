package com.opsflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 9, item 4: simultaneous starts, each in its own transaction, all get a number, and the numbers are the
 * day's consecutive ones — also when they are the day's first (the counter row does not exist yet). On PostgreSQL
 * a failed insert aborts the transaction, so this is the case H2 used to hide; the PostgreSQL suite runs it there.
 * Each test uses a prefix no other test uses, so its first number is the day's first.
 */
@OpsFlowIntegrationTest
class TicketNumbersConcurrencyTest {

  private static final int THREADS = 16;

  @Autowired
  TicketNumbers numbers;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  TestRestTemplate http;

  ExecutorService pool;

  @BeforeEach
  void threads() {
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    ClockUtil.reset();
    pool.shutdownNow();
    assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
  }

  @Test
  void shouldNumberSimultaneousFirstTicketsOfTheDayConsecutively() throws Exception {
    List<String> taken = simultaneously("FRST");

    assertThat(taken).hasSize(THREADS).doesNotHaveDuplicates();
    assertConsecutive(taken, "FRST", 1);
  }

  @Test
  void shouldNumberSimultaneousTicketsAfterTheDaysFirstConsecutively() throws Exception {
    String first = new TransactionTemplate(transactions).execute(status -> numbers.next("NEXT"));
    assertThat(first).endsWith("-0001");

    List<String> taken = simultaneously("NEXT");

    assertThat(taken).hasSize(THREADS).doesNotHaveDuplicates();
    assertConsecutive(taken, "NEXT", 2);
  }

  @Test
  void shouldRecordSimultaneousFirstReportsOfTheDay() throws Exception {
    // a day no other test reports on, so these are the day's first INC numbers
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2041, 3, 5, 9, 0).atZone(ZoneId.of("Asia/Shanghai"))
        .toInstant()));
    RestClient desk = RestClient.demo(http, "service-desk");
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<ResponseEntity<Map<String, Object>>>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return desk.post("/api/incidents", ProcessDriver.incidentVariables("oa", "office", "high"));
      }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<String> taken = new ArrayList<>();
    for (Future<ResponseEntity<Map<String, Object>>> future : futures) {
      ResponseEntity<Map<String, Object>> answer = future.get(3, TimeUnit.MINUTES);
      assertThat(answer.getStatusCode()).as("%s", answer.getBody()).isEqualTo(HttpStatus.CREATED);
      taken.add((String) answer.getBody().get("ticketNumber"));
    }

    assertThat(taken).hasSize(THREADS).doesNotHaveDuplicates();
    assertConsecutive(taken, "INC", 1);
    assertThat(taken).allMatch(n -> n.startsWith("INC-20410305-"));
  }

  /** THREADS transactions released at once, each taking one number and holding it briefly before committing. */
  private List<String> simultaneously(String prefix) throws Exception {
    CountDownLatch ready = new CountDownLatch(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    TransactionTemplate tx = new TransactionTemplate(transactions);
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      futures.add(pool.submit(() -> {
        ready.countDown();
        go.await();
        return tx.execute(status -> {
          String number = numbers.next(prefix);
          try {
            // the rest of a start transaction: others race for the counter meanwhile
            Thread.sleep(20);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return number;
        });
      }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    go.countDown();
    List<String> taken = new ArrayList<>();
    for (Future<String> future : futures) {
      taken.add(future.get(2, TimeUnit.MINUTES));
    }
    return taken;
  }

  private static void assertConsecutive(List<String> taken, String prefix, int from) {
    String day = taken.get(0).substring(prefix.length() + 1, prefix.length() + 9);
    List<String> expected = IntStream.range(from, from + THREADS)
        .mapToObj(n -> String.format("%s-%s-%04d", prefix, day, n)).toList();
    assertThat(taken).allMatch(n -> TicketNumbers.FORMAT.matcher(n).matches())
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
