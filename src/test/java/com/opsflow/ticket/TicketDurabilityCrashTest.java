package com.opsflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.support.OpsFlowNode;
import com.opsflow.support.ProcessDriver;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, item 2: with the default profile (H2 file database) a ticket answered {@code 201} must survive a
 * crash, and its number must never be handed out again. OpsFlow runs as a child JVM exactly as shipped (default
 * profile, default database URL, relative to its working directory), gets a burst of reports over HTTP and is
 * killed with SIGKILL right after the 20th acknowledgement while further reports are in flight; restarted on the
 * same files, every acknowledged ticket is there and the next report gets a fresh, higher number.
 * Loopback only; runs in {@code ./mvnw verify}.
 */
@Tag("crash")
class TicketDurabilityCrashTest {

  private static final int WARM_UP_REPORTS = 5;
  private static final int ACKNOWLEDGED_BEFORE_KILL = 20;
  private static final int CLIENTS = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path home;

  @Test
  @Timeout(value = 6, unit = TimeUnit.MINUTES)
  void shouldKeepEveryAcknowledgedTicketAndNeverReissueItsNumberAfterAKill() throws Exception {
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

    Child first = Child.start(home, "first");
    try {
      for (int i = 0; i < WARM_UP_REPORTS; i++) {
        acknowledged.add(first.report().orElseThrow());
      }
      burstUntilKilled(first, acknowledged);
    } finally {
      first.kill();
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(WARM_UP_REPORTS + ACKNOWLEDGED_BEFORE_KILL)
        .doesNotHaveDuplicates();

    Child second = Child.start(home, "second");
    try {
      List<String> missing = new ArrayList<>();
      for (String number : acknowledged) {
        int status = second.get("/api/tickets/" + number, "admin", "admin");
        if (status != 200) {
          missing.add(number + " (" + status + ")");
        }
      }
      assertThat(missing).as("acknowledged tickets gone after the crash").isEmpty();

      String next = second.report().orElseThrow();
      String highest = Collections.max(acknowledged);
      assertThat(acknowledged).as("the number after the restart is fresh").doesNotContain(next);
      assertThat(next).as("the number after the restart follows the acknowledged ones").isGreaterThan(highest);
    } finally {
      second.kill();
    }
  }

  /** Reports from several clients at once; SIGKILL as soon as the 20th of them has been answered 201. */
  private static void burstUntilKilled(Child child, List<String> acknowledged) throws InterruptedException {
    CountDownLatch twentieth = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
    AtomicBoolean killed = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int c = 0; c < CLIENTS; c++) {
        clients.execute(() -> {
          while (!killed.get()) {
            try {
              child.report().ifPresent(number -> {
                acknowledged.add(number);
                twentieth.countDown();
              });
            } catch (IOException | InterruptedException | RuntimeException connectionGone) {
              return;
            }
          }
        });
      }
      assertThat(twentieth.await(3, TimeUnit.MINUTES)).as("20 reports answered within 3 minutes").isTrue();
      killed.set(true);
      child.kill();
    } finally {
      clients.shutdownNow();
      clients.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** OpsFlow as shipped (default profile, database relative to its working directory {@code home}) and its reports. */
  private static final class Child {

    private final OpsFlowNode node;

    private Child(OpsFlowNode node) {
      this.node = node;
    }

    static Child start(Path home, String name) throws IOException, InterruptedException {
      return new Child(OpsFlowNode.builder(name, home).start());
    }

    /** POST /api/incidents as the desk; the ticket number when answered 201, empty otherwise. */
    Optional<String> report() throws IOException, InterruptedException {
      HttpResponse<String> answer = postReport();
      return answer.statusCode() == 201 ? Optional.of(ticketNumber(answer)) : Optional.empty();
    }

    /** A report that must be acknowledged; fails with the answer and the application's log otherwise. */
    String reportOrFail() throws IOException, InterruptedException {
      return (String) node.expectJson(postReport(), 201).get("ticketNumber");
    }

    private HttpResponse<String> postReport() throws IOException, InterruptedException {
      Map<String, Object> incident = ProcessDriver.incidentVariables("oa", "office", "high");
      return node.post("/api/incidents", "demo-service-desk", "demo", incident);
    }

    private static String ticketNumber(HttpResponse<String> answer) throws IOException {
      Map<String, Object> body = JSON.readValue(answer.body(), new TypeReference<Map<String, Object>>() { });
      return (String) body.get("ticketNumber");
    }

    int get(String path, String user, String password) throws IOException, InterruptedException {
      return node.status(path, user, password);
    }

    /** SIGKILL: no shutdown hooks, no database close. */
    void kill() throws InterruptedException {
      node.kill();
    }
  }
}
