package com.opsflow.support;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.OpsFlowApplication;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * OpsFlow as a separate JVM started from this test class path (without the test classes), as an operator would run
 * it: chosen profile, database URL, properties and ports, loopback only. Waits until {@code /readyz} answers, offers
 * HTTP calls with Basic authentication, a Tasklist login, SIGKILL, and the tail of the node's log for diagnostics.
 * A node still running when the test JVM exits is killed.
 */
public final class OpsFlowNode implements AutoCloseable {

  public static final Duration DEFAULT_STARTUP = Duration.ofSeconds(150);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Process process;
  private final Path log;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private OpsFlowNode(String name, Process process, Path log, int port) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** A node named {@code name} working in {@code home} (its log is {@code home/<name>.log}). */
  public static Builder builder(String name, Path home) {
    return new Builder(name, home);
  }

  public static final class Builder {
    private final String name;
    private final Path home;
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();
    private String profile;
    private int port;
    private Duration startup = DEFAULT_STARTUP;

    private Builder(String name, Path home) {
      this.name = name;
      this.home = home;
    }

    /** Spring profiles (comma-separated); none: the shipped default profile. */
    public Builder profile(String profiles) {
      this.profile = profiles;
      return this;
    }

    /** The database: {@code spring.datasource.url}; PostgreSQL URLs get the local test server's user. */
    public Builder database(String jdbcUrl) {
      property("spring.datasource.url", jdbcUrl);
      if (jdbcUrl.startsWith("jdbc:postgresql:")) {
        property("spring.datasource.username", TestDatabase.user());
        property("spring.datasource.password", TestDatabase.password());
      }
      return this;
    }

    /** Where the node sends mail (SMTP on the loopback address). */
    public Builder mailPort(int smtpPort) {
      property("spring.mail.host", "127.0.0.1");
      return property("spring.mail.port", Integer.toString(smtpPort));
    }

    /** A Spring property given on the command line ({@code --key=value}). */
    public Builder property(String key, String value) {
      properties.put(key, value);
      return this;
    }

    public Builder jvmOption(String option) {
      jvmOptions.add(option);
      return this;
    }

    /** The HTTP port; a free one when not given (a restarted node may take its old one). */
    public Builder port(int httpPort) {
      this.port = httpPort;
      return this;
    }

    public Builder startup(Duration limit) {
      this.startup = limit;
      return this;
    }

    /** Starts the JVM and returns once {@code /readyz} answers {@code 200}; fails with the log tail otherwise. */
    public OpsFlowNode start() throws IOException, InterruptedException {
      int httpPort = port == 0 ? freePort() : port;
      List<String> command = new ArrayList<>(List.of(
          Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true"));
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", applicationClassPath(), OpsFlowApplication.class.getName(),
          "--server.address=127.0.0.1", "--server.port=" + httpPort));
      if (profile != null) {
        command.add("--spring.profiles.active=" + profile);
      }
      if (!properties.containsKey("spring.mail.port")) {
        // notifications are async jobs; an unused port makes them fail and retry, nothing more
        command.add("--spring.mail.host=127.0.0.1");
        command.add("--spring.mail.port=" + freePort());
      }
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      Files.createDirectories(home);
      Path log = home.resolve(name + ".log");
      ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // only what the command line says: no profile or database URL from the environment running the tests
      builder.environment().keySet().removeIf(key -> key.startsWith("OPSFLOW_") || key.startsWith("SPRING_"));
      OpsFlowNode node = new OpsFlowNode(name, builder.start(), log, httpPort);
      Runtime.getRuntime().addShutdownHook(new Thread(node.process::destroyForcibly));
      node.awaitLive(startup);
      return node;
    }
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  public HttpResponse<String> get(String path, String user, String password) throws IOException, InterruptedException {
    return send(request(path, user, password).GET().build());
  }

  public int status(String path, String user, String password) throws IOException, InterruptedException {
    return get(path, user, password).statusCode();
  }

  public HttpResponse<String> post(String path, String user, String password, Object jsonBody)
      throws IOException, InterruptedException {
    return send(request(path, user, password).POST(json(jsonBody)).build());
  }

  public HttpResponse<String> put(String path, String user, String password, Object jsonBody)
      throws IOException, InterruptedException {
    return send(request(path, user, password).PUT(json(jsonBody)).build());
  }

  public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A JSON request as the given user (HTTP Basic), or anonymous when {@code user} is null. */
  public HttpRequest.Builder request(String path, String user, String password) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json").header("Accept", "application/json");
    if (user != null) {
      builder.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  /** The body of a {@code 2xx} answer as JSON; fails with status, body and log tail otherwise. */
  public <T> T expectJson(HttpResponse<String> answer, int status, TypeReference<T> type) throws IOException {
    if (answer.statusCode() != status) {
      fail("%s answered %d (expected %d) to %s %s: %s%n%s", name, answer.statusCode(), status,
          answer.request().method(), answer.request().uri(), answer.body(), logTail());
    }
    return JSON.readValue(answer.body(), type);
  }

  public Map<String, Object> expectJson(HttpResponse<String> answer, int status) throws IOException {
    return expectJson(answer, status, new TypeReference<Map<String, Object>>() { });
  }

  /** A Tasklist login as the browser does it: the session cookie and the CSRF token of that session. */
  public WebappLogin webappLogin(String user, String password) throws IOException, InterruptedException {
    WebappLogin session = new WebappLogin(this);
    session.remember(send(HttpRequest.newBuilder(URI.create(url("/camunda/app/tasklist/"))).GET().build()));
    HttpRequest login = session.headers(HttpRequest.newBuilder(
            URI.create(url("/camunda/api/admin/auth/user/default/login/tasklist"))))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build();
    HttpResponse<String> answer = send(login);
    if (answer.statusCode() / 100 != 2) {
      fail("Tasklist login of %s on %s answered %d: %s%n%s", user, name, answer.statusCode(), answer.body(), logTail());
    }
    session.remember(answer);
    return session;
  }

  /** Cookies of one webapp login; {@link #get} may be sent to any node. */
  public static final class WebappLogin {
    private final OpsFlowNode origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebappLogin(OpsFlowNode origin) {
      this.origin = origin;
    }

    /** A webapp API read with this login's cookies, sent to {@code node}. */
    public HttpResponse<String> get(OpsFlowNode node, String path) throws IOException, InterruptedException {
      HttpResponse<String> answer = node.send(headers(HttpRequest.newBuilder(URI.create(node.url(path))))
          .header("Accept", "application/json").GET().build());
      if (node == origin) {
        remember(answer);
      }
      return answer;
    }

    private HttpRequest.Builder headers(HttpRequest.Builder builder) {
      if (!cookies.isEmpty()) {
        builder.header("Cookie", String.join("; ", cookies.entrySet().stream()
            .map(e -> e.getKey() + "=" + e.getValue()).toList()));
      }
      if (cookies.containsKey("XSRF-TOKEN")) {
        builder.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
      }
      return builder;
    }

    private void remember(HttpResponse<?> answer) {
      for (String cookie : answer.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
  }

  /** SIGKILL: no shutdown hooks, no database close, locked jobs stay locked. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      fail("OpsFlow node %s (pid %d) did not die", name, process.pid());
    }
  }

  @Override
  public void close() throws InterruptedException {
    kill();
  }

  /** The last 80 lines of the node's log. */
  public String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return "--- " + name + " log tail ---\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException | UncheckedIOException e) {
      return "(no log of " + name + ": " + e.getMessage() + ")";
    }
  }

  private void awaitLive(Duration limit) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        fail("OpsFlow node %s exited with %d during startup:%n%s", name, process.exitValue(), logTail());
      }
      try {
        // ready, as a load balancer sees it: also the start-up work after the connector opened is done
        if (status("/readyz", null, null) == 200) {
          return;
        }
      } catch (IOException notYet) {
        // the connector opens at the end of the context refresh
      }
      Thread.sleep(500);
    }
    kill();
    fail("OpsFlow node %s did not answer within %s:%n%s", name, limit, logTail());
  }

  private static HttpRequest.BodyPublisher json(Object body) throws IOException {
    return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /**
   * This JVM's class path without the test classes (the child's component scan would pick up test
   * configurations), entries made absolute since the child runs elsewhere. Expands surefire's manifest-only jar.
   */
  static String applicationClassPath() throws IOException {
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
}
