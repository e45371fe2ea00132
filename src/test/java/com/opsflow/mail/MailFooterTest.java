package com.opsflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mails say "请勿回复" unless the mail intake reads the answers (docs/processes/incident.md, mail intake). */
class MailFooterTest {

  private static final Map<String, String> TICKET = Map.of("ticketNumber", "INC-20261203-0001", "summary", "无法登录");

  @Test
  void shouldAskNotToReplyWhileNoMailboxReadsTheAnswers() {
    String body = mailService(false).render("incident-closed", TICKET, "")[1];

    assertThat(body).contains("此邮件由 OpsFlow 自动发送，请勿回复。").doesNotContain("回复本邮件");
  }

  @Test
  void shouldInviteAnswersThatReachTheTicketWhenTheMailIntakeReadsThem() {
    String body = mailService(true).render("incident-closed", TICKET, "")[1];

    assertThat(body).contains("此邮件由 OpsFlow 自动发送。如需补充，可直接回复本邮件（请保留主题中的工单号），回复内容将记入工单。")
        .doesNotContain("请勿回复");
  }

  private static MailService mailService(boolean repliesAccepted) {
    return new MailService(null, null, null, new MailProperties(null, null, null, null, repliesAccepted), null, null,
        null, null);
  }
}
