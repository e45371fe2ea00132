package com.opsflow.reliability;

import com.opsflow.support.OpsFlowNode;
import com.opsflow.support.ProcessDriver;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Incident reports from several clients spread over the live nodes, as a balancer would (a dead node gets no
 * requests). Every report carries a marker of its own in {@code summary}; the load remembers which were answered
 * {@code 201} (acknowledged) and with which ticket number, and how many failed.
 */
final class ReportLoad implements AutoCloseable {

  static final String MARKER_PREFIX = "可靠性测试 ";

  private final AtomicReferenceArray<OpsFlowNode> nodes;
  private final String scenario;
  private final ExecutorService clients;
  private final AtomicBoolean stopped = new AtomicBoolean();
  private final AtomicInteger sequence = new AtomicInteger();
  private final Map<String, String> acknowledged = new ConcurrentHashMap<>();
  private final Map<String, Integer> failures = new ConcurrentHashMap<>();
  private final AtomicInteger started = new AtomicInteger();

  ReportLoad(String scenario, int clientCount, OpsFlowNode... targets) {
    this.scenario = scenario;
    this.nodes = new AtomicReferenceArray<>(targets);
    this.clients = Executors.newFixedThreadPool(clientCount);
    for (int c = 0; c < clientCount; c++) {
      int client = c;
      clients.execute(() -> run(client));
    }
  }

  /** Puts a (restarted) node in the place of another. */
  void replace(OpsFlowNode old, OpsFlowNode replacement) {
    for (int i = 0; i < nodes.length(); i++) {
      nodes.compareAndSet(i, old, replacement);
    }
  }

  private void run(int client) {
    int turn = client;
    while (!stopped.get()) {
      OpsFlowNode node = live(turn++);
      if (node == null) {
        pause();
        continue;
      }
      String marker = markerPrefix() + sequence.incrementAndGet();
      Map<String, Object> incident = ProcessDriver.incidentVariables("tips", "city", "high");
      incident.put("importantPeriod", false);
      incident.put("summary", marker);
      started.incrementAndGet();
      try {
        HttpResponse<String> answer = node.post("/api/incidents", "demo-service-desk", "demo", incident);
        if (answer.statusCode() == 201) {
          acknowledged.put(marker, (String) node.expectJson(answer, 201).get("ticketNumber"));
        } else {
          failures.merge("HTTP " + answer.statusCode(), 1, Integer::sum);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (Exception e) {
        failures.merge(e.getClass().getSimpleName(), 1, Integer::sum);
      }
    }
  }

  private OpsFlowNode live(int turn) {
    for (int i = 0; i < nodes.length(); i++) {
      OpsFlowNode node = nodes.get((turn + i) % nodes.length());
      if (node.alive()) {
        return node;
      }
    }
    return null;
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The start of every marker of this load, e.g. "可靠性测试 smtp-". */
  String markerPrefix() {
    return MARKER_PREFIX + scenario + "-";
  }

  int acknowledgedCount() {
    return acknowledged.size();
  }

  /** Marker → ticket number of every report answered 201. */
  Map<String, String> acknowledged() {
    return new TreeMap<>(acknowledged);
  }

  int started() {
    return started.get();
  }

  Map<String, Integer> failures() {
    return new TreeMap<>(failures);
  }

  @Override
  public void close() throws InterruptedException {
    stopped.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(90, TimeUnit.SECONDS)) {
      clients.shutdownNow();
    }
  }
}
