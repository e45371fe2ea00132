package com.opsflow.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The Chinese labels of OpsFlow's codes (ticket statuses, ticket events, channels, impact, urgency), one set for
 * mails, documents and the ticket history (issue 16), kept in {@code text/labels.properties}. Group and system names
 * come from {@code OpsFlowGroups} and {@code SupportedSystems}. A code without a label is shown as it is.
 */
public final class Labels {

  /** The kinds of codes, the prefix of their keys. */
  public enum Kind {
    STATUS("status"), EVENT("event"), CHANNEL("channel"), IMPACT("impact"), URGENCY("urgency"),
    CATEGORY("category");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final Properties LABELS = load();

  private Labels() {
  }

  /** The label of {@code code}, the code itself when it has none, null for null. */
  public static String of(Kind kind, String code) {
    if (code == null) {
      return null;
    }
    return LABELS.getProperty(kind.prefix + "." + code, code);
  }

  /** Whether {@code code} has a label of its own. */
  public static boolean has(Kind kind, String code) {
    return code != null && LABELS.containsKey(kind.prefix + "." + code);
  }

  public static String status(String code) {
    return of(Kind.STATUS, code);
  }

  public static String event(String code) {
    return of(Kind.EVENT, code);
  }

  private static Properties load() {
    Properties labels = new Properties();
    try (InputStream in = Labels.class.getResourceAsStream("/text/labels.properties")) {
      if (in == null) {
        throw new IllegalStateException("text/labels.properties is missing from the class path");
      }
      labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return labels;
  }
}
