package com.opsflow.mail;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * opsflow.mail.*: sender address, how failed mails are retried, and per system the bureau's designated
 * contacts for major incidents (comma-separated addresses; recipient token "designated-contact"), and the address
 * users reach OpsFlow's webapps at, for the links in mails; whether answers to OpsFlow's mails reach the ticket
 * (true when the mail intake polls a mailbox: the mails then invite replies instead of "请勿回复").
 */
@ConfigurationProperties("opsflow.mail")
public record MailProperties(String from, String retryCycle, Map<String, String> designatedContacts, String baseUrl,
    Boolean repliesAccepted) {

  public MailProperties {
    baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    from = from == null || from.isBlank() ? "opsflow@localhost" : from;
    retryCycle = retryCycle == null || retryCycle.isBlank() ? "R3/PT5M" : retryCycle;
    designatedContacts = designatedContacts == null ? Map.of() : Map.copyOf(designatedContacts);
    repliesAccepted = Boolean.TRUE.equals(repliesAccepted);
  }
}
