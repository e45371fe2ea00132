package com.opsflow.mailintake;

import com.opsflow.attachment.Attachments;
import com.opsflow.document.TicketDocuments;
import com.opsflow.engine.CurrentUser;
import com.opsflow.incident.IncidentProcess;
import com.opsflow.incident.IncidentProcess.Var;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidators;
import com.opsflow.mail.MailProperties;
import com.opsflow.mail.NotificationRequests;
import com.opsflow.mail.SentMails;
import com.opsflow.mailintake.MailIntakeRegister.Outcome;
import com.opsflow.mailintake.MailRouting.Reject;
import com.opsflow.mailintake.MailRouting.Reply;
import com.opsflow.mailintake.MailRouting.Route;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketNumbers;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketStatus;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns one taken mail into what it is (issue 16, B-2.2 item 1): a new incident through the same start validation as
 * {@code POST /api/incidents} (channel {@code mail}, reporter from the sender, summary from the subject, description
 * from the text), an answer added to its ticket (history entry, a comment on the ticket's open tasks, the attachments;
 * a closed ticket is not reopened, the service desk is told), or a rejected mail noted for the service desk. Each mail
 * in one transaction that starts with its claim in {@link MailIntakeRegister}: exactly one node takes it, and a node
 * that dies half-way leaves nothing behind.
 *
 * <p>OpsFlow starts the incident as itself, with nobody authenticated ({@link CurrentUser#withoutAuthentication}): no
 * technical account with a password to keep; the ticket shows channel 邮件 and the sender in its history.
 */
@Service
class MailIntake implements MailHandler {

  static final String ATTACHMENT = "attachment";
  /** Document kind of the whole mail, kept when its text was too long for the description. */
  static final String ORIGINAL_MAIL = "mail";
  static final String CHANNEL = "mail";
  /** Mail templates to the service desk. */
  static final String TEMPLATE_REJECTED = "mail-intake-rejected";
  static final String TEMPLATE_REPLY_AFTER_CLOSURE = "mail-intake-reply-closed";
  static final String SERVICE_DESK = com.opsflow.security.OpsFlowGroups.SERVICE_DESK;
  /** Number prefix of a rejected mail's notice to the service desk (MAIL-yyyyMMdd-NNNN, not a ticket). */
  static final String REJECTED_PREFIX = "MAIL";
  private static final int DESCRIPTION_MAX = 4000;
  private static final Logger LOG = LoggerFactory.getLogger(MailIntake.class);

  private final MailIntakeRegister register;
  private final StartValidators validators;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final IdentityService identity;
  private final TicketService tickets;
  private final TicketDocuments documents;
  private final Attachments attachments;
  private final TicketNumbers numbers;
  private final NotificationRequests notifications;
  private final MailIntakeProperties properties;
  private final MailRouting routing;
  private final TransactionTemplate transaction;
  private final String node;

  MailIntake(MailIntakeRegister register, StartValidators validators, RuntimeService runtime, TaskService tasks,
      IdentityService identity, TicketService tickets, TicketDocuments documents, Attachments attachments,
      TicketNumbers numbers, NotificationRequests notifications, SentMails sentMails, MailProperties mail, MailIntakeProperties properties,
      PlatformTransactionManager transactions) {
    this.register = register;
    this.validators = validators;
    this.runtime = runtime;
    this.tasks = tasks;
    this.identity = identity;
    this.tickets = tickets;
    this.documents = documents;
    this.attachments = attachments;
    this.numbers = numbers;
    this.notifications = notifications;
    this.properties = properties;
    this.routing = new MailRouting(address(mail.from()), sentMails::ticketOf,
        number -> tickets.find(number).isPresent());
    this.transaction = new TransactionTemplate(transactions);
    this.node = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
  }

  /**
   * Takes the mail: claim, then incident / reply / rejection, in one transaction; a mail another node took already
   * (committed, or committing while this one waited on the claim) is left to it. Errors other than bad input (the
   * database down) are thrown: nothing was written, the mail stays in the mailbox for the next poll.
   *
   * @return what became of the mail; empty when another poll took it
   */
  @Override
  public Optional<Outcome> take(InboundMail mail) {
    Route route = routing.route(mail.senderAddress(), mail.subject(), mail.replyTo(), mail.autoSubmitted(),
        mail.refusal());
    try {
      return Optional.of(transaction.execute(status -> CurrentUser.withoutAuthentication(identity, () -> {
        register.claim(mail.messageKey(), mail.senderAddress(), mail.subject(), node);
        if (route instanceof Reply reply) {
          return addReply(mail, reply);
        }
        if (route instanceof Reject rejected) {
          return reject(mail, rejected);
        }
        return openIncident(mail);
      })));
    } catch (DuplicateKeyException taken) {
      return takenElsewhere(mail);
    } catch (InvalidInputException invalid) {
      // a mail the incident start refuses (a sender name with characters it does not take, say): kept, and the
      // service desk is told why, instead of trying it again at every poll
      try {
        return Optional.of(transaction.execute(status -> CurrentUser.withoutAuthentication(identity, () -> {
          register.claim(mail.messageKey(), mail.senderAddress(), mail.subject(), node);
          return reject(mail, new Reject("无法登记为事件：" + invalid.getMessage(), true));
        })));
      } catch (DuplicateKeyException taken) {
        return takenElsewhere(mail);
      }
    }
  }

  private Optional<Outcome> takenElsewhere(InboundMail mail) {
    LOG.info("Mail {} was taken by another poll", mail.messageKey());
    return Optional.empty();
  }

  private Outcome openIncident(InboundMail mail) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.SYSTEM, properties.system());
    variables.put(Var.CHANNEL, CHANNEL);
    variables.put(Var.REPORTER, MailTexts.reporter(mail));
    variables.put(Var.REPORTER_EMAIL, mail.senderAddress());
    variables.put(Var.SUMMARY, MailTexts.summary(mail));
    String text = MailTexts.multiLine(mail.text());
    boolean cut = text.length() > DESCRIPTION_MAX;
    String whole = "\n（完整邮件见工单文档 原始邮件.eml）";
    variables.put(Var.DESCRIPTION, cut ? MailTexts.cut(text, DESCRIPTION_MAX - whole.length()) + whole : text);
    variables.put(Var.IMPACT, properties.impact());
    variables.put(Var.URGENCY, properties.urgency());
    // the checks of every start (ADR 0003); the start listener runs them again on the instance
    validators.forProcess(IncidentProcess.KEY).ifPresent(v -> v.validate(variables));
    String number = runtime.createProcessInstanceByKey(IncidentProcess.KEY).setVariables(variables).execute()
        .getBusinessKey();
    tickets.event(number, MailIntakeEvent.RECEIVED, null, MailTexts.origin(mail));
    if (cut && mail.raw() != null) {
      documents.store(number, ORIGINAL_MAIL, "原始邮件.eml", "message/rfc822", mail.raw(), null);
    }
    storeAttachments(number, mail);
    register.finish(mail.messageKey(), Outcome.INCIDENT, number, null);
    LOG.info("Mail {} from {} opened incident {}", mail.messageKey(), mail.senderAddress(), number);
    return Outcome.INCIDENT;
  }

  private Outcome addReply(InboundMail mail, Reply reply) {
    String number = reply.ticketNumber();
    Ticket ticket = tickets.find(number).orElseThrow();
    boolean closed = TicketStatus.CLOSED.code().equals(ticket.status());
    String text = MailTexts.multiLine(mail.text());
    tickets.event(number, closed ? MailIntakeEvent.REPLY_AFTER_CLOSURE : MailIntakeEvent.REPLY, null,
        MailTexts.origin(mail) + "\n主题：" + mail.subject() + "\n" + text);
    storeAttachments(number, mail);
    if (closed) {
      notifications.request(TEMPLATE_REPLY_AFTER_CLOSURE, SERVICE_DESK, number,
          MailTexts.cut("发件人：" + MailTexts.sender(mail) + "\n主题：" + mail.subject() + "\n\n" + text, 2000));
    } else {
      String comment = MailTexts.cut("邮件回复（" + MailTexts.sender(mail) + "）：" + mail.subject() + "\n" + text, 4000);
      for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(number).active().list()) {
        tasks.createComment(task.getId(), task.getProcessInstanceId(), comment);
      }
    }
    register.finish(mail.messageKey(), closed ? Outcome.REPLY_AFTER_CLOSURE : Outcome.REPLY, number, reply.how());
    LOG.info("Mail {} from {} added to ticket {} ({})", mail.messageKey(), mail.senderAddress(), number, reply.how());
    return closed ? Outcome.REPLY_AFTER_CLOSURE : Outcome.REPLY;
  }

  private Outcome reject(InboundMail mail, Reject reject) {
    String notice = null;
    if (reject.tellServiceDesk()) {
      notice = numbers.next(REJECTED_PREFIX);
      String where = properties.rejectedFolder().isEmpty() ? "邮箱文件夹 " + properties.folder() + "（已加星标）"
          : "邮箱文件夹 " + properties.rejectedFolder();
      notifications.request(TEMPLATE_REJECTED, SERVICE_DESK, notice, "原因：" + reject.reason() + "\n发件人："
          + MailTexts.sender(mail) + "\n主题：" + mail.subject() + "\n邮件位置：" + where + "（邮箱 " + properties.user() + "）");
    }
    register.finish(mail.messageKey(), Outcome.REJECTED, notice, reject.reason());
    LOG.warn("Mail {} from {} not taken as an incident: {}", mail.messageKey(), mail.senderAddress(), reject.reason());
    return Outcome.REJECTED;
  }

  private void storeAttachments(String number, InboundMail mail) {
    String by = mail.senderAddress() != null && mail.senderAddress().length() <= 64 ? mail.senderAddress() : null;
    for (InboundMail.Attachment attachment : mail.attachments()) {
      // the same limits as an upload in Tasklist (ADR 0011): type from the content, size, number per ticket
      try {
        attachments.upload(number, attachment.fileName(), attachment.content(), by);
      } catch (InvalidInputException refused) {
        tickets.event(number, MailIntakeEvent.ATTACHMENT_REFUSED, null, attachment.fileName() + "：" + chinese(refused.getMessage())
            + "，未保存（原邮件保存在邮箱中）");
      }
    }
    for (String skipped : mail.skippedAttachments()) {
      tickets.event(number, MailIntakeEvent.ATTACHMENT_REFUSED, null, skipped + "：超过附件大小上限，未保存（原邮件保存在邮箱中）");
    }
  }

  /** The Chinese part of a refusal ("中文 / English"). */
  private static String chinese(String message) {
    int english = message.indexOf(" / ");
    return english < 0 ? message : message.substring(0, english);
  }

  private static String address(String from) {
    try {
      return new InternetAddress(from).getAddress();
    } catch (AddressException e) {
      return from;
    }
  }
}
