package com.opsflow.mail;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * opsflow.mail.*: sender address, how failed mails are retried, and per system the bureau's designated
 * contacts for major incidents (comma-separated addresses; recipient token "designated-contact").
 */
@ConfigurationProperties("opsflow.mail")
public record MailProperties(String from, String retryCycle, Map<String, String> designatedContacts) {

  public MailProperties {
    from = from == null || from.isBlank() ? "opsflow@localhost" : from;
    retryCycle = retryCycle == null || retryCycle.isBlank() ? "R3/PT5M" : retryCycle;
    designatedContacts = designatedContacts == null ? Map.of() : Map.copyOf(designatedContacts);
  }
}
