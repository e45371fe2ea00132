package com.opsflow.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The SMTP port of this test JVM: a free port picked once, so that test runs side by side on one machine (several
 * builds, CI beside a developer's run) do not fight over GreenMail's fixed 3025. Spring test contexts send mail there
 * ({@code spring.mail.port: ${opsflow.test.smtp-port}} in application-test.yaml, set by {@link TestDatabase}); tests
 * start GreenMail with {@link #SMTP}. The port lies below the kernel's ephemeral range: GreenMail is stopped and
 * started again between tests, and a port the kernel hands out (a web test's Tomcat on a random port, any outgoing
 * connection) could take it in between ("Address already in use").
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  public static final ServerSetup SMTP = new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP);

  private TestSmtp() {
  }

  private static int freePort() {
    int below = ephemeralRangeStart();
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (int attempt = 0; attempt < 100; attempt++) {
      int port = random.nextInt(10000, below);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (IOException taken) {
        // another one
      }
    }
    throw new IllegalStateException("no free port between 10000 and " + below + " for the test SMTP server");
  }

  /** The first port the kernel hands out on its own (Linux; 32768 elsewhere). */
  private static int ephemeralRangeStart() {
    try {
      String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
      int start = Integer.parseInt(range.split("\\s+")[0]);
      return start > 11000 ? start : 32768;
    } catch (IOException | RuntimeException e) {
      return 32768;
    }
  }
}
