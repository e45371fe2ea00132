package com.opsflow.support;

import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The SMTP port of this test JVM: a free port picked once, so that test runs side by side on one machine (several
 * builds, CI beside a developer's run) do not fight over GreenMail's fixed 3025. Spring test contexts send mail there
 * ({@code spring.mail.port: ${opsflow.test.smtp-port}} in application-test.yaml, set by {@link TestDatabase}); tests
 * start GreenMail with {@link #SMTP}.
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  public static final ServerSetup SMTP = new ServerSetup(PORT, null, ServerSetup.PROTOCOL_SMTP);

  private TestSmtp() {
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
