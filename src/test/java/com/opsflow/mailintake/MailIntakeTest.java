package com.opsflow.mailintake;

import static com.opsflow.mailintake.IntakeMailbox.mail;
import static com.opsflow.mailintake.IntakeMailbox.withAttachment;
import static com.opsflow.support.ProcessDriver.incidentVariables;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.attachment.TestFiles;
import com.opsflow.document.TicketDocument;
import com.opsflow.document.TicketDocuments;
import com.opsflow.mail.NotificationProcess;
import com.opsflow.mail.NotificationRequests;
import com.opsflow.mailintake.MailIntakeRegister.Outcome;
import com.opsflow.mailintake.MailboxPoller.PollResult;
import com.opsflow.support.Notifications;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.ticket.Ticket;
import com.opsflow.ticket.TicketEventRecord;
import com.opsflow.ticket.TicketService;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Issue 16, B-2.2 item 1: the service desk's mailbox over real IMAP (GreenMail) becomes incidents and ticket replies. */
@OpsFlowIntegrationTest
class MailIntakeTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService taskService;
  @Autowired
  TicketService tickets;
  @Autowired
  TicketDocuments documents;
  @Autowired
  NotificationRequests notifications;
  @Autowired
  MailIntake intake;
  @Autowired
  MailIntakeRegister register;
  @Autowired
  JdbcTemplate jdbc;

  IntakeMailbox mailbox;
  MailboxPoller poller;

  @BeforeEach
  void openMailbox() {
    mailbox = new IntakeMailbox();
    poller = new MailboxPoller(mailbox.properties(), intake, register);
  }

  @AfterEach
  void closeMailbox() {
    mailbox.close();
  }

  private Ticket ticketOf(MimeMessage mail) throws Exception {
    String number = register.ticketNumber(mail.getMessageID()).orElseThrow();
    return tickets.find(number).orElseThrow();
  }

  private List<String> eventTypes(String number) {
    return tickets.events(number).stream().map(TicketEventRecord::eventType).toList();
  }

  private int incidentsFrom(String address) {
    Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM ticket WHERE reporter_email = ?", Integer.class, address);
    return n == null ? 0 : n;
  }

  @Test
  void shouldOpenAnIncidentFromANewMailWithSenderSubjectAndBody() throws Exception {
    MimeMessage mail = mail("王芳", "wangfang@tax.example.gov.cn", "公文流转页面打不开",
        "您好，\r\n今天上午起公文流转页面一直转圈。\r\n\r\n王芳 办公室");
    mailbox.deliver(mail);

    PollResult result = poller.poll();

    assertThat(result).isEqualTo(new PollResult(true, 1, 1, 0, 0, 0, 0));
    Ticket ticket = ticketOf(mail);
    assertThat(ticket.ticketNumber()).startsWith("INC-");
    assertThat(ticket.channel()).isEqualTo("mail");
    assertThat(ticket.system()).isEqualTo("oa");
    assertThat(ticket.reporter()).isEqualTo("王芳");
    assertThat(ticket.reporterEmail()).isEqualTo("wangfang@tax.example.gov.cn");
    assertThat(ticket.summary()).isEqualTo("公文流转页面打不开");
    assertThat(ticket.description()).isEqualTo("您好，\n今天上午起公文流转页面一直转圈。\n\n王芳 办公室");
    assertThat(ticket.priority()).isNotNull();
    assertThat(eventTypes(ticket.ticketNumber())).contains("registered", "mail-received");
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ticket.ticketNumber())
        .processDefinitionKey("incident").count()).isEqualTo(1);
    assertThat(mailbox.count("INBOX")).isZero();
    assertThat(mailbox.count(IntakeMailbox.PROCESSED)).isEqualTo(1);
  }

  @Test
  void shouldReadAChineseSubjectEncodedInGb2312AsMailClientsWriteIt() throws Exception {
    MimeMessage mail = mail("赵强", "zhaoqiang@tax.example.gov.cn", "placeholder", "见主题");
    // two adjacent encoded words, GBK bytes under the GB2312 label, as common Chinese mail clients send
    Charset gbk = Charset.forName("GBK");
    String first = Base64.getEncoder().encodeToString("发票系统".getBytes(gbk));
    String second = Base64.getEncoder().encodeToString("打印喆票据失败".getBytes(gbk));
    mail.setHeader("Subject", "=?gb2312?B?" + first + "?= =?gb2312?B?" + second + "?=");
    mail.saveChanges();
    mailbox.deliver(mail);

    poller.poll();

    assertThat(ticketOf(mail).summary()).isEqualTo("发票系统打印喆票据失败");
  }

  @Test
  void shouldTakeTheTextOfAnHtmlOnlyMail() throws Exception {
    MimeMessage mail = mail("孙丽", "sunli@tax.example.gov.cn", "HTML 邮件", "x");
    mail.setContent("<html><head><style>p{color:red}</style></head><body><p>登录后提示&ldquo;会话超时&rdquo;</p>"
        + "<ul><li>Chrome 浏览器</li><li>IE&nbsp;11</li></ul><div>谢谢<br>孙丽</div></body></html>",
        "text/html; charset=UTF-8");
    mail.saveChanges();
    mailbox.deliver(mail);

    poller.poll();

    assertThat(ticketOf(mail).description()).isEqualTo("登录后提示“会话超时”\n\n- Chrome 浏览器\n- IE 11\n\n谢谢\n孙丽");
  }

  @Test
  void shouldStoreAnAttachmentWithTheTicketAndNoteOneTooBig() throws Exception {
    byte[] screenshot = TestFiles.png();
    MimeMessage mail = withAttachment(mail("周杰", "zhoujie@tax.example.gov.cn", "报错截图", ""), "截图见附件",
        "报错截图.png", "image/png", screenshot);
    MimeMessage big = withAttachment(mail("周杰", "zhoujie2@tax.example.gov.cn", "日志", ""), "日志见附件",
        "server.log", "text/plain", new byte[300 * 1024]);
    mailbox.deliver(mail);
    mailbox.deliver(big);

    poller.poll();

    Ticket ticket = ticketOf(mail);
    List<TicketDocument> stored = documents.list(ticket.ticketNumber());
    assertThat(stored).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo("attachment");
      assertThat(d.fileName()).isEqualTo("报错截图.png");
      assertThat(d.contentType()).isEqualTo("image/png");
      assertThat(documents.find(ticket.ticketNumber(), d.id()).orElseThrow().content()).isEqualTo(screenshot);
    });
    Ticket bigTicket = ticketOf(big);
    assertThat(documents.list(bigTicket.ticketNumber())).isEmpty();
    assertThat(tickets.events(bigTicket.ticketNumber())).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("mail-attachment-refused");
      assertThat(e.detail()).contains("server.log");
    });
  }

  /** ADR 0011: a mailed file meets the same rules as one uploaded in Tasklist. */
  @Test
  void shouldRefuseAMailedAttachmentWhoseContentIsNotWhatItsNameSays() throws Exception {
    byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
    MimeMessage mail = withAttachment(mail("周杰", "zhoujie3@tax.example.gov.cn", "截图", ""), "截图见附件",
        "截图.png", "image/png", program);
    mailbox.deliver(mail);

    poller.poll();

    Ticket ticket = ticketOf(mail);
    assertThat(documents.list(ticket.ticketNumber())).isEmpty();
    assertThat(tickets.events(ticket.ticketNumber())).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("mail-attachment-refused");
      assertThat(e.detail()).contains("截图.png", "与扩展名 .png 不符").doesNotContain(" / ");
    });
  }

  @Test
  void shouldAddAnAnswerToOneOfOpsFlowsMailsToItsTicketAsHistoryAndTaskComment() throws Exception {
    MimeMessage first = mail("钱进", "qianjin@tax.example.gov.cn", "待办列表为空", "待办列表突然为空");
    mailbox.deliver(first);
    poller.poll();
    Ticket ticket = ticketOf(first);
    // OpsFlow mails the reporter about the ticket (a notification of its own, over SMTP) ...
    notifications.request("incident-returned", "reporter", ticket.ticketNumber(), "请联系本单位管理员");
    new Notifications(engine).deliver(ticket.ticketNumber(), "incident-returned");
    MimeMessage sent = java.util.Arrays.stream(mailbox.sent())
        .filter(m -> hasRecipient(m, "qianjin@tax.example.gov.cn")).findFirst().orElseThrow();
    // ... and the reporter answers it, the subject changed by the mail client
    MimeMessage answer = mail("钱进", "qianjin@tax.example.gov.cn", "答复", "管理员说需要重新授权，已经好了");
    answer.setHeader("In-Reply-To", sent.getMessageID());
    answer.setHeader("References", "<older@tax.example.gov.cn> " + sent.getMessageID());
    answer.saveChanges();
    mailbox.deliver(answer);

    PollResult result = poller.poll();

    assertThat(result.replies()).isEqualTo(1);
    assertThat(result.incidents()).isZero();
    assertThat(incidentsFrom("qianjin@tax.example.gov.cn")).isEqualTo(1);
    assertThat(tickets.events(ticket.ticketNumber())).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("mail-reply");
      assertThat(e.detail()).contains("管理员说需要重新授权");
    });
    Task open = taskService.createTaskQuery().processInstanceBusinessKey(ticket.ticketNumber()).singleResult();
    assertThat(taskService.getTaskComments(open.getId())).extracting(Comment::getFullMessage)
        .anySatisfy(c -> assertThat(c).contains("钱进", "管理员说需要重新授权"));
    assertThat(register.ticketNumber(answer.getMessageID())).contains(ticket.ticketNumber());
  }

  private static boolean hasRecipient(MimeMessage m, String address) {
    try {
      return java.util.Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
    } catch (Exception e) {
      return false;
    }
  }

  @Test
  void shouldAddAMailNamingATicketInItsSubjectToThatTicket() throws Exception {
    MimeMessage first = mail("李明", "liming2@tax.example.gov.cn", "报表导出乱码", "导出 Excel 乱码");
    mailbox.deliver(first);
    poller.poll();
    String number = ticketOf(first).ticketNumber();
    MimeMessage more = withAttachment(mail("李明", "liming2@tax.example.gov.cn", "补充 [" + number + "] 截图", ""),
        "补充截图", "乱码.png", "image/png", TestFiles.png());
    mailbox.deliver(more);

    PollResult result = poller.poll();

    assertThat(result.replies()).isEqualTo(1);
    assertThat(incidentsFrom("liming2@tax.example.gov.cn")).isEqualTo(1);
    assertThat(eventTypes(number)).contains("mail-reply");
    assertThat(documents.list(number)).extracting(TicketDocument::fileName).containsExactly("乱码.png");
  }

  @Test
  void shouldNoteAnAnswerToAClosedTicketAndTellTheServiceDeskWithoutReopening() throws Exception {
    ProcessDriver driver = new ProcessDriver(engine);
    java.util.Map<String, Object> vars = incidentVariables("oa", "individual", "low");
    vars.put("reporterEmail", "closed@tax.example.gov.cn");
    ProcessInstance pi = driver.startIncident(vars);
    driver.complete(pi, "Task_LookupKnowledge");
    driver.complete(pi, "Task_AnalyseFirstLine", "analysis", "缓存", "firstLineOutcome", "resolved", "solution", "清缓存");
    driver.complete(pi, "Task_ConfirmWithReporter", "confirmationOutcome", "confirmed");
    driver.complete(pi, "Task_CloseIncident", "newKnowledgeCandidate", false);
    String number = pi.getBusinessKey();
    mailbox.deliver(mail("李明", "closed@tax.example.gov.cn", "Re: 【OpsFlow】您报告的问题已处理完毕（" + number + "）",
        "又出现了"));

    PollResult result = poller.poll();

    assertThat(result.replies()).isEqualTo(1);
    assertThat(tickets.find(number).orElseThrow().status()).isEqualTo("closed");
    assertThat(tickets.events(number)).anySatisfy(e -> {
      assertThat(e.eventType()).isEqualTo("mail-reply-after-closure");
      assertThat(e.detail()).contains("又出现了");
    });
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKey(number).list()).anySatisfy(p -> {
          assertThat(runtime.getVariable(p.getId(), NotificationProcess.TEMPLATE)).isEqualTo("mail-intake-reply-closed");
          assertThat(runtime.getVariable(p.getId(), NotificationProcess.RECIPIENTS)).isEqualTo("service-desk");
        });
    assertThat(incidentsFrom("closed@tax.example.gov.cn")).isEqualTo(1);
  }

  @Test
  void shouldMakeOneIncidentOfAMailFoundTwice() throws Exception {
    MimeMessage mail = mail("吴刚", "wugang@tax.example.gov.cn", "同一封邮件", "收到两次");
    mailbox.deliver(mail);
    mailbox.deliver(mail); // the same mail again (a second delivery; or a node that died before filing it)

    PollResult first = poller.poll();
    mailbox.deliver(mail);
    PollResult second = poller.poll();

    assertThat(first.incidents() + second.incidents()).isEqualTo(1);
    assertThat(first.takenBefore() + second.takenBefore()).isEqualTo(2);
    assertThat(incidentsFrom("wugang@tax.example.gov.cn")).isEqualTo(1);
    assertThat(mailbox.count("INBOX")).isZero();
    assertThat(mailbox.count(IntakeMailbox.PROCESSED)).isEqualTo(3);
  }

  @Test
  void shouldTryAgainAtTheNextPollWhenTheMailboxIsUnreachable() throws Exception {
    MimeMessage mail = mail("郑伟", "zhengwei@tax.example.gov.cn", "邮箱暂时不可用", "请处理");
    mailbox.deliver(mail);
    MailboxPoller unreachable = new MailboxPoller(mailbox.properties(IntakeMailbox.freePort(),
        DataSize.ofMegabytes(1), DataSize.ofKilobytes(200)), intake, register);

    PollResult down = unreachable.poll();
    PollResult up = poller.poll();

    assertThat(down.reached()).isFalse();
    assertThat(up.incidents()).isEqualTo(1);
    assertThat(incidentsFrom("zhengwei@tax.example.gov.cn")).isEqualTo(1);
  }

  @Test
  void shouldLeaveAMailInTheMailboxWhenItCouldNotBeTakenAndTakeItNextPoll() throws Exception {
    MimeMessage mail = mail("冯涛", "fengtao@tax.example.gov.cn", "数据库断开时到达", "请处理");
    mailbox.deliver(mail);
    AtomicBoolean databaseDown = new AtomicBoolean(true);
    MailboxPoller failingOnce = new MailboxPoller(mailbox.properties(), m -> {
      if (databaseDown.getAndSet(false)) {
        throw new DataAccessResourceFailureException("connection refused");
      }
      return intake.take(m);
    }, register);

    PollResult failed = failingOnce.poll();
    int leftInInbox = mailbox.count("INBOX");
    PollResult retried = failingOnce.poll();

    assertThat(failed.failed()).isEqualTo(1);
    assertThat(leftInInbox).isEqualTo(1);
    assertThat(register.outcome(mail.getMessageID())).isPresent();
    assertThat(retried.incidents()).isEqualTo(1);
    assertThat(incidentsFrom("fengtao@tax.example.gov.cn")).isEqualTo(1);
  }

  @Test
  void shouldKeepAMailTooBigOrWithoutSenderForTheServiceDesk() throws Exception {
    MimeMessage big = withAttachment(mail("陈晨", "chenchen@tax.example.gov.cn", "大文件", ""), "见附件", "dump.bin",
        "application/octet-stream", new byte[1200 * 1024]);
    MimeMessage anonymous = mail("x", "x@tax.example.gov.cn", "没有发件人", "内容");
    anonymous.removeHeader("From");
    anonymous.saveChanges();
    mailbox.deliver(big);
    mailbox.deliver(anonymous);

    PollResult result = poller.poll();

    assertThat(result.rejected()).isEqualTo(2);
    assertThat(result.incidents()).isZero();
    assertThat(register.outcome(big.getMessageID())).contains(Outcome.REJECTED);
    assertThat(incidentsFrom("chenchen@tax.example.gov.cn")).isZero();
    assertThat(mailbox.count(IntakeMailbox.REJECTED)).isEqualTo(2);
    assertThat(mailbox.count("INBOX")).isZero();
    String notice = register.ticketNumber(big.getMessageID()).orElseThrow();
    assertThat(notice).startsWith("MAIL-");
    ProcessInstance told = runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY)
        .processInstanceBusinessKey(notice).singleResult();
    assertThat(runtime.getVariable(told.getId(), NotificationProcess.TEMPLATE)).isEqualTo("mail-intake-rejected");
    assertThat((String) runtime.getVariable(told.getId(), NotificationProcess.NOTE)).contains("超过上限", "大文件",
        IntakeMailbox.REJECTED);
  }
}
