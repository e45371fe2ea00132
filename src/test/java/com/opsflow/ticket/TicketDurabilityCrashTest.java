package com.opsflow.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowApplication;
import com.opsflow.support.ProcessDriver;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
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
  private static final Duration STARTUP = Duration.ofSeconds(150);
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
        acknowledged.add(first.reportOrFail());
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

      String next = second.reportOrFail();
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

  /** OpsFlow in a JVM of its own, working directory {@code home}, so the default {@code ./data/opsflow} is used. */
  private static final class Child {

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Child(Process process, Path log, int port) {
      this.process = process;
      this.log = log;
      this.port = port;
    }

    static Child start(Path home, String name) throws IOException, InterruptedException {
      int port = freePort();
      List<String> command = new ArrayList<>(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
          "-cp", applicationClassPath(),
          OpsFlowApplication.class.getName(),
          "--server.address=127.0.0.1", "--server.port=" + port,
          // notifications are async jobs; an unused port makes them fail and retry, nothing more
          "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + freePort()));
      Path log = home.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
          .redirectErrorStream(true).redirectOutput(log.toFile());
      // the shipped defaults: no profile, no database URL from the environment running the tests
      builder.environment().keySet().removeIf(key -> key.startsWith("OPSFLOW_") || key.startsWith("SPRING_"));
      Child child = new Child(builder.start(), log, port);
      child.awaitStarted();
      return child;
    }

    /** POST /api/incidents as the desk; the ticket number when answered 201, empty otherwise. */
    Optional<String> report() throws IOException, InterruptedException {
      HttpResponse<String> answer = postReport();
      return answer.statusCode() == 201 ? Optional.of(ticketNumber(answer)) : Optional.empty();
    }

    /** A report that must be acknowledged; fails with the answer and the application's log otherwise. */
    String reportOrFail() throws IOException, InterruptedException {
      HttpResponse<String> answer = postReport();
      if (answer.statusCode() != 201) {
        fail("report answered %d %s%n%s", answer.statusCode(), answer.body(), logTail());
      }
      return ticketNumber(answer);
    }

    private HttpResponse<String> postReport() throws IOException, InterruptedException {
      Map<String, Object> incident = ProcessDriver.incidentVariables("oa", "office", "high");
      return http.send(request("/api/incidents", "demo-service-desk", "demo")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(incident))).build(),
          HttpResponse.BodyHandlers.ofString());
    }

    private static String ticketNumber(HttpResponse<String> answer) throws IOException {
      Map<String, Object> body = JSON.readValue(answer.body(), new TypeReference<Map<String, Object>>() { });
      return (String) body.get("ticketNumber");
    }

    int get(String path, String user, String password) throws IOException, InterruptedException {
      return http.send(request(path, user, password).GET().build(), HttpResponse.BodyHandlers.discarding())
          .statusCode();
    }

    private HttpRequest.Builder request(String path, String user, String password) {
      String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
          .header("Authorization", "Basic " + credentials).header("Content-Type", "application/json")
          .header("Accept", "application/json");
    }

    private void awaitStarted() throws IOException, InterruptedException {
      long deadline = System.nanoTime() + STARTUP.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          fail("OpsFlow exited with %d during startup:%n%s", process.exitValue(), logTail());
        }
        try {
          // as a load balancer would: ready once the start-up work after the connector opened is done too
          if (get("/api/actuator/health/readiness", "admin", "admin") == 200) {
            return;
          }
        } catch (IOException notYet) {
          // connector not open yet
        }
        Thread.sleep(500);
      }
      kill();
      fail("OpsFlow was not ready within %s:%n%s", STARTUP, logTail());
    }

    /** SIGKILL: no shutdown hooks, no database close. */
    void kill() throws InterruptedException {
      process.destroyForcibly();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        fail("OpsFlow (pid %d) did not die", process.pid());
      }
    }

    private String logTail() {
      try {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
      } catch (IOException e) {
        return "(no log: " + e.getMessage() + ")";
      }
    }
  }

  /**
   * This JVM's class path without the test classes (the child's component scan would pick up test
   * configurations), entries made absolute since the child runs elsewhere. Expands surefire's manifest-only jar.
   */
  private static String applicationClassPath() throws IOException {
    List<String> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Paths.get(entry).toAbsolutePath();
      if (path.toString().endsWith(".jar") && path.getFileName().toString().startsWith("surefirebooter")) {
        entries.addAll(manifestClassPath(path));
      } else {
        entries.add(path.toString());
      }
    }
    entries.removeIf(entry -> Paths.get(entry).endsWith(Paths.get("target", "test-classes")));
    return String.join(File.pathSeparator, entries);
  }

  private static List<String> manifestClassPath(Path jar) throws IOException {
    List<String> entries = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      Manifest manifest = file.getManifest();
      String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
      if (classPath != null) {
        for (String url : classPath.trim().split("\\s+")) {
          entries.add(Paths.get(jar.getParent().toUri().resolve(url)).toString());
        }
      }
    }
    return entries;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
