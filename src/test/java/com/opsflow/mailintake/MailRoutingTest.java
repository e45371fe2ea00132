package com.opsflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.mailintake.MailRouting.NewIncident;
import com.opsflow.mailintake.MailRouting.Reject;
import com.opsflow.mailintake.MailRouting.Reply;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Issue 16: what a mail becomes, decided without an engine. */
class MailRoutingTest {

  static final String OPEN = "INC-20261203-0001";
  static final String OTHER = "INC-20261203-0002";
  static final String NOTIFICATION = "<opsflow.notification.abc-1@opsflow.example.gov.cn>";

  final MailRouting routing = new MailRouting("opsflow@opsflow.example.gov.cn",
      id -> Optional.ofNullable(Map.of(NOTIFICATION, OPEN).get(id)), Set.of(OPEN, OTHER)::contains);

  @Test
  void shouldAddAnAnswerToANotificationToItsTicketWhateverTheSubjectSays() {
    assertThat(routing.route("a@tax.example.gov.cn", "答复 [" + OTHER + "]", List.of("<x@y>", NOTIFICATION), false,
        null)).isEqualTo(new Reply(OPEN, "回复通知邮件 " + NOTIFICATION));
  }

  @Test
  void shouldAddAMailNamingAnExistingTicketInBracketsOrAfterOpsFlowsMarkToThatTicket() {
    assertThat(routing.route("a@tax.example.gov.cn", "补充材料【" + OTHER + "】", List.of(), false, null))
        .isEqualTo(new Reply(OTHER, "主题中的工单号"));
    assertThat(routing.route("a@tax.example.gov.cn", "Re: 【OpsFlow】事件升级 " + OTHER + "：打印失败", List.of(), false,
        null)).isEqualTo(new Reply(OTHER, "主题中的工单号"));
  }

  @Test
  void shouldOpenANewIncidentForAMailMentioningATicketInPassingOrAnUnknownNumber() {
    assertThat(routing.route("a@tax.example.gov.cn", "和 " + OPEN + " 一样的问题", List.of(), false, null))
        .isEqualTo(new NewIncident());
    assertThat(routing.route("a@tax.example.gov.cn", "[INC-20200101-0001] 旧单", List.of("<unknown@x>"), false, null))
        .isEqualTo(new NewIncident());
  }

  @Test
  void shouldRejectWhatCannotBeAnIncident() {
    assertThat(routing.route(null, "无发件人", List.of(), false, null)).isInstanceOf(Reject.class)
        .extracting(r -> ((Reject) r).tellServiceDesk()).isEqualTo(true);
    assertThat(routing.route("someone@localhost", "主题", List.of(), false, null)).isInstanceOf(Reject.class);
    assertThat(routing.route("OpsFlow@opsflow.example.gov.cn", "回环", List.of(), false, null))
        .isEqualTo(new Reject("OpsFlow 自己发出的邮件（避免邮件循环）", false));
    assertThat(routing.route("a@tax.example.gov.cn", "自动回复：休假中", List.of(), true, null))
        .isEqualTo(new Reject("自动回复邮件，未关联到工单", false));
    assertThat(routing.route("a@tax.example.gov.cn", "大附件", List.of(), false, "邮件大小 30.0 MB 超过上限 25.0 MB"))
        .isEqualTo(new Reject("邮件大小 30.0 MB 超过上限 25.0 MB", true));
  }

  @Test
  void shouldStillAddAnAutomaticAnswerToTheTicketItAnswers() {
    assertThat(routing.route("a@tax.example.gov.cn", "自动回复", List.of(NOTIFICATION), true, null))
        .isInstanceOf(Reply.class);
  }
}
