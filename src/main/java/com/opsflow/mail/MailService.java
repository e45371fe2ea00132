package com.opsflow.mail;

import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.text.Display;
import com.opsflow.text.Labels;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Renders a Chinese mail template (src/main/resources/mail/NAME.txt: a "Subject:" line, then the
 * body, with ${field} placeholders from the ticket) and sends it to the members of the named groups
 * and, for "reporter", to the ticket's reporter; "user:ID" mails one user. A business key that is not a
 * ticket (e.g. a leave request LV-…) fills only ${ticketNumber} and ${note}. A token with "@" is a literal
 * address; "on-duty" mails whoever the duty roster of the ticket's system has on call at the moment of sending (an
 * important period's roster, issue 12).
 */
@Service
public class MailService {

  public static final String REPORTER = "reporter";
  /** Recipient token prefix naming one user: "user:demo-service-desk". */
  public static final String USER_PREFIX = "user:";
  public static final String DESIGNATED_CONTACT = "designated-contact";
  /** Recipient token: whoever the duty roster of the ticket's system has on call now (重要时期, issue 12). */
  public static final String ON_DUTY = "on-duty";
  private static final Logger LOG = LoggerFactory.getLogger(MailService.class);
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)}");

  private final JavaMailSender sender;
  private final TicketService tickets;
  private final IdentityService identityService;
  private final MailProperties properties;
  private final TicketDocuments documents;
  private final TaskService taskService;

  private final com.opsflow.calendar.BusinessCalendarService calendar;
  private final com.opsflow.ticket.TicketTime time;

  MailService(JavaMailSender sender, TicketService tickets, IdentityService identityService, MailProperties properties,
      TicketDocuments documents, TaskService taskService, com.opsflow.calendar.BusinessCalendarService calendar,
      com.opsflow.ticket.TicketTime time) {
    this.calendar = calendar;
    this.time = time;
    this.taskService = taskService;
    this.sender = sender;
    this.tickets = tickets;
    this.identityService = identityService;
    this.properties = properties;
    this.documents = documents;
  }

  public Set<String> send(String template, String recipients, String ticketNumber) {
    return send(template, recipients, ticketNumber, null, "", null);
  }

  public Set<String> send(String template, String recipients, String ticketNumber, String attachDocument, String note) {
    return send(template, recipients, ticketNumber, attachDocument, note, null);
  }

  /**
   * Sends, with the ticket's latest document of kind {@code attachDocument} attached when given; any
   * failure is thrown so that the job is retried. Returns the addresses mailed.
   *
   * @param deliveryId what identifies this mail across attempts (a notification instance): it becomes the mail's
   *     {@code Message-ID}, so a copy sent again after a crash between the SMTP server's answer and the delivery
   *     record is the same message to the recipients' mail systems, which keep one (RFC 5322 3.6.4); {@code null}
   *     lets the mail library make one up
   */
  public Set<String> send(String template, String recipients, String ticketNumber, String attachDocument, String note,
      String deliveryId) {
    Ticket ticket = tickets.find(ticketNumber).orElse(null);
    if (ticket == null && (ticketNumber == null || !TicketNumbers.FORMAT.matcher(ticketNumber).matches())) {
      throw new IllegalStateException("No ticket " + ticketNumber + " for notification " + template);
    }
    Set<String> to = addresses(recipients, ticket);
    if (to.isEmpty()) {
      LOG.info("Notification {} for {}: nobody with an e-mail address among '{}'", template, ticketNumber, recipients);
      return to;
    }
    String[] rendered = ticket == null ? render(template, Map.of("ticketNumber", ticketNumber), note)
        : render(template, ticket, note);
    String link = ticket == null ? null : link(ticket);
    try {
      MimeMessage message = sender.createMimeMessage();
      TicketDocument attachment = attachDocument == null ? null : documents.latest(ticketNumber, attachDocument)
          .orElseThrow(() -> new IllegalStateException("No " + attachDocument + " document for " + ticketNumber));
      MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      if (deliveryId != null) {
        message.setHeader("Message-ID", messageId(deliveryId, properties.from()));
      }
      helper.setTo(to.toArray(String[]::new));
      helper.setSubject(rendered[0]);
      String plain = link == null ? rendered[1] : rendered[1] + "\n在 OpsFlow 中查看：" + link + "\n";
      helper.setText(plain, html(rendered[1], link));
      if (attachment != null) {
        helper.addAttachment(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), "B"),
            new ByteArrayResource(attachment.content()), attachment.contentType());
      }
      sender.send(message);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new IllegalStateException("Cannot build mail " + template + " for " + ticketNumber, e);
    }
    return to;
  }

  /** What the Message-IDs of notifications start with (read back by {@link SentMails}). */
  static final String MESSAGE_ID_PREFIX = "<opsflow.notification.";

  /** {@code <opsflow.notification.ID@domain-of-the-sender>}: the same for every attempt of one delivery. */
  static String messageId(String deliveryId, String from) {
    String address = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>', from.indexOf('<')))
        : from;
    String domain = address.contains("@") ? address.substring(address.lastIndexOf('@') + 1).trim() : "opsflow";
    return MESSAGE_ID_PREFIX + deliveryId.replaceAll("[^A-Za-z0-9.-]", "-") + "@"
        + (domain.isEmpty() ? "opsflow" : domain) + ">";
  }

  Set<String> addresses(String recipients, Ticket ticket) {
    Set<String> to = new LinkedHashSet<>();
    for (String token : recipients == null ? new String[0] : recipients.split(",")) {
      String name = token.trim();
      if (name.isEmpty()) {
        continue;
      }
      if (ticket == null && (DESIGNATED_CONTACT.equals(name) || REPORTER.equals(name) || ON_DUTY.equals(name))) {
        continue;
      }
      if (ON_DUTY.equals(name)) {
        for (String userId : calendar.onDuty(ticket.system(), time.now())) {
          User user = identityService.createUserQuery().userId(userId).singleResult();
          if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
            to.add(user.getEmail());
          }
        }
        continue;
      }
      if (DESIGNATED_CONTACT.equals(name)) {
        for (String address : properties.designatedContacts().getOrDefault(ticket.system(), "").split(",")) {
          if (!address.isBlank()) {
            to.add(address.trim());
          }
        }
        continue;
      }
      if (name.contains("@")) {
        to.add(name); // a literal address, e.g. an affected office named in a release
        continue;
      }
      if (name.startsWith(USER_PREFIX)) {
        User user = identityService.createUserQuery().userId(name.substring(USER_PREFIX.length()).trim()).singleResult();
        if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
          to.add(user.getEmail());
        }
        continue;
      }
      if (REPORTER.equals(name)) {
        if (ticket.reporterEmail() != null && !ticket.reporterEmail().isBlank()) {
          to.add(ticket.reporterEmail());
        }
        continue;
      }
      for (User user : identityService.createUserQuery().memberOfGroup(name).list()) {
        if (user.getEmail() != null && !user.getEmail().isBlank()) {
          to.add(user.getEmail());
        }
      }
    }
    return to;
  }

  /** [subject, body] of the template filled from the ticket. */
  String[] render(String template, Ticket ticket) {
    return render(template, ticket, "");
  }

  String[] render(String template, Ticket ticket, String note) {
    return render(template, values(ticket), note);
  }

  String[] render(String template, Map<String, String> fields, String note) {
    String text = load(template);
    int newline = text.indexOf('\n');
    String subjectLine = text.substring(0, newline).trim();
    if (!subjectLine.startsWith("Subject:")) {
      throw new IllegalStateException("Mail template " + template + " must start with a Subject: line");
    }
    Map<String, String> values = new LinkedHashMap<>(fields);
    values.put("note", note);
    String body = fill(text.substring(newline + 1).strip() + "\n", values);
    if (properties.repliesAccepted()) {
      body = body.replace(NO_REPLY, REPLY_WELCOME);
    }
    return new String[] {fill(subjectLine.substring("Subject:".length()).trim(), values), body};
  }

  /** The ticket's fields as people read them: Chinese labels for codes, times as yyyy-MM-dd HH:mm (issue 16). */
  private static Map<String, String> values(Ticket t) {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("ticketNumber", t.ticketNumber());
    v.put("system", SupportedSystems.name(t.system()));
    v.put("summary", t.summary());
    v.put("description", t.description());
    v.put("reporter", t.reporter());
    v.put("priority", t.priority());
    v.put("createdAt", Display.dateTime(t.createdAt()));
    v.put("responseDueAt", Display.dateTime(t.responseDueAt()));
    v.put("resolveDueAt", Display.dateTime(t.resolveDueAt()));
    v.put("handlerGroup", t.handlerGroup() == null ? null
        : OpsFlowGroups.WORK_GROUPS.getOrDefault(t.handlerGroup(), t.handlerGroup()));
    v.put("escalationLevel", String.valueOf(t.escalationLevel()));
    v.put("solution", t.solution());
    v.put("status", Labels.status(t.status()));
    v.put("impact", Labels.of(Labels.Kind.IMPACT, t.impact()));
    v.put("channel", Labels.of(Labels.Kind.CHANNEL, t.channel()));
    return v;
  }

  /**
   * Where the ticket is worked on in the webapps: its open task in Tasklist, or the instance in Cockpit when no
   * task is open (issue 16).
   */
  String link(Ticket ticket) {
    String base = properties.baseUrl();
    if (ticket.processInstanceId() == null) {
      return null;
    }
    Task open = taskService.createTaskQuery().processInstanceId(ticket.processInstanceId()).orderByTaskCreateTime()
        .asc().listPage(0, 1).stream().findFirst().orElse(null);
    return open != null ? base + "/camunda/app/tasklist/default/#/?task=" + open.getId()
        : base + "/camunda/app/cockpit/default/#/process-instance/" + ticket.processInstanceId();
  }

  /** The HTML alternative of a plain-text mail: the same text, paragraphs kept, the link clickable. */
  static String html(String plain, String link) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"></head>"
        + "<body style=\"font-family:'Microsoft YaHei','PingFang SC',sans-serif;font-size:14px\">");
    for (String paragraph : plain.strip().split("\n\\s*\n")) {
      html.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
    }
    if (link != null) {
      html.append("<p><a href=\"").append(escape(link)).append("\">在 OpsFlow 中查看</a></p>");
    }
    return html.append("</body></html>").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static String fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null || "null".equals(value) ? "—" : value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** How every template ends its footer; with mail intake on, replies reach the ticket (docs/processes/incident.md). */
  static final String NO_REPLY = "，请勿回复。";
  static final String REPLY_WELCOME = "。如需补充，可直接回复本邮件（请保留主题中的工单号），回复内容将记入工单。";

  /**
   * Templates renamed by the naming rule (docs/naming.md), under their old names: a notification started before an
   * upgrade still finds its template.
   */
  private static final Map<String, String> RENAMED = Map.of(
      "dm-report", "data-maintenance-report",
      "dm-rejected", "data-maintenance-rejected",
      "dm-count-mismatch", "data-maintenance-count-mismatch");

  private static String load(String requested) {
    if (!requested.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("Bad mail template name '" + requested + "'");
    }
    String template = RENAMED.getOrDefault(requested, requested);
    try (InputStream in = new ClassPathResource("mail/" + template + ".txt").getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("No mail template mail/" + template + ".txt", e);
    }
  }
}
