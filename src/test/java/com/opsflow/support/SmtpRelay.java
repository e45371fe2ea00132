package com.opsflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP relay in front of a test SMTP server (GreenMail) that can fail the way a mail server does:
 * {@link Mode#PASS} forwards, {@link Mode#DOWN} closes every new connection at once (the server is down),
 * {@link Mode#HOLD} accepts and never answers (a hung server: the sending job keeps its lock until it times out).
 */
public final class SmtpRelay implements AutoCloseable {

  public enum Mode { PASS, DOWN, HOLD }

  private final int targetPort;
  private final ServerSocket server;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger held = new AtomicInteger();
  private final AtomicInteger refused = new AtomicInteger();
  private volatile Mode mode = Mode.PASS;

  public SmtpRelay(int targetPort) throws IOException {
    this.targetPort = targetPort;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "smtp-relay-" + server.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public void mode(Mode newMode) {
    this.mode = newMode;
  }

  /** Connections accepted in {@link Mode#HOLD} so far. */
  public int held() {
    return held.get();
  }

  /** Connections closed in {@link Mode#DOWN} so far. */
  public int refused() {
    return refused.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        switch (mode) {
          case DOWN -> {
            refused.incrementAndGet();
            client.close();
          }
          case HOLD -> {
            held.incrementAndGet();
            open.add(client);
          }
          case PASS -> forward(client);
        }
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void forward(Socket client) throws IOException {
    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
    open.add(client);
    open.add(target);
    pump(client, target);
    pump(target, client);
  }

  private void pump(Socket from, Socket to) {
    Thread thread = new Thread(() -> {
      byte[] buffer = new byte[8192];
      try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
          out.write(buffer, 0, n);
          out.flush();
        }
      } catch (IOException gone) {
        // one side closed: close both below
      } finally {
        closeQuietly(from);
        closeQuietly(to);
      }
    }, "smtp-relay-pump");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() {
    closeQuietly(server);
    open.forEach(SmtpRelay::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closing anyway
    }
  }
}
