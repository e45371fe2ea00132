package com.opsflow.mailintake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Issue 16: mails as Chinese mail clients write them, read into the incident's fields. */
class MailParserTest {

  private static MimeMessage parse(String raw) throws Exception {
    return new MimeMessage(Session.getInstance(new Properties()),
        new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
  }

  @Test
  void shouldDecodeUtf8AndGbkEncodedWordsWhetherSeparatedOrNot() {
    String gbk = Base64.getEncoder().encodeToString("税库银".getBytes(Charset.forName("GBK")));
    assertThat(MailParser.decodeHeader("=?UTF-8?B?" + Base64.getEncoder().encodeToString("打印".getBytes(
        StandardCharsets.UTF_8)) + "?==?GB2312?B?" + gbk + "?= 故障")).isEqualTo("打印税库银 故障");
    assertThat(MailParser.decodeHeader("=?utf-8?Q?=E5=8F=91=E7=A5=A8?=\r\n =?utf-8?Q?=E7=B3=BB=E7=BB=9F?="))
        .isEqualTo("发票系统");
    assertThat(MailParser.decodeHeader("plain subject")).isEqualTo("plain subject");
  }

  @Test
  void shouldReadAGbkBodyAndItsSenderNameAndTheMessagesItAnswers() throws Exception {
    byte[] body = "请尽快处理。".getBytes(Charset.forName("GBK"));
    String name = Base64.getEncoder().encodeToString("张三".getBytes(Charset.forName("GBK")));
    String raw = "From: =?gbk?B?" + name + "?= <ZhangSan@Tax.Example.gov.cn>\r\n"
        + "Subject: test\r\nMessage-ID: <m1@tax.example.gov.cn>\r\n"
        + "In-Reply-To: <a@x>\r\nReferences: <b@x> <a@x>\r\n"
        + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=gb2312\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getEncoder().encodeToString(body) + "\r\n";

    InboundMail mail = MailParser.parse(parse(raw), 1024, raw.length());

    assertThat(mail.messageKey()).isEqualTo("<m1@tax.example.gov.cn>");
    assertThat(mail.senderAddress()).isEqualTo("zhangsan@tax.example.gov.cn");
    assertThat(mail.senderName()).isEqualTo("张三");
    assertThat(mail.text()).isEqualTo("请尽快处理。");
    assertThat(mail.replyTo()).containsExactly("<a@x>", "<b@x>");
    assertThat(mail.refusal()).isNull();
  }

  @Test
  void shouldPreferThePlainAlternativeAndKeepNamedPartsAsAttachments() throws Exception {
    String raw = "From: a@tax.example.gov.cn\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
        + "--outer\r\nContent-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
        + "--alt\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n纯文本\r\n"
        + "--alt\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n<p>HTML</p>\r\n--alt--\r\n"
        + "--outer\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment;"
        + " filename=\"=?UTF-8?B?" + Base64.getEncoder().encodeToString("../说明.pdf".getBytes(StandardCharsets.UTF_8))
        + "?=\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + Base64.getEncoder().encodeToString(new byte[10])
        + "\r\n--outer\r\nContent-Type: application/zip; name=\"big.zip\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + Base64.getEncoder().encodeToString(new byte[2000]) + "\r\n--outer--\r\n";

    InboundMail mail = MailParser.parse(parse(new String(raw.getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1)), 1024, -1);

    assertThat(mail.text()).isEqualTo("纯文本");
    assertThat(mail.attachments()).singleElement().satisfies(a -> {
      assertThat(a.fileName()).isEqualTo("说明.pdf");
      assertThat(a.contentType()).isEqualTo("application/pdf");
      assertThat(a.content()).hasSize(10);
    });
    assertThat(mail.skippedAttachments()).containsExactly("big.zip");
  }

  @Test
  void shouldKeyAMailWithoutMessageIdByItsHeaders() throws Exception {
    MimeMessage one = parse("From: a@tax.example.gov.cn\r\nSubject: one\r\nDate: Thu, 3 Dec 2026 10:00:00 +0800\r\n\r\nx");
    MimeMessage again = parse("From: a@tax.example.gov.cn\r\nSubject: one\r\nDate: Thu, 3 Dec 2026 10:00:00 +0800\r\n\r\nx");
    MimeMessage other = parse("From: a@tax.example.gov.cn\r\nSubject: two\r\nDate: Thu, 3 Dec 2026 10:00:00 +0800\r\n\r\nx");

    assertThat(MailParser.messageKey(one)).startsWith("sha256:").isEqualTo(MailParser.messageKey(again))
        .isNotEqualTo(MailParser.messageKey(other));
    assertThat(new InternetAddress("x@y.cn").getAddress()).isEqualTo("x@y.cn");
  }

  @Test
  void shouldTurnHtmlIntoTheTextAPersonReads() {
    assertThat(HtmlText.toText("<div>第一行<br/>第二行</div><table><tr><td>甲</td><td>乙</td></tr></table>"
        + "<script>alert(1)</script>&#26159;&#x662F;&amp;&lt;"))
        .isEqualTo("第一行\n第二行\n\n甲\t乙\n\n是是&<");
  }
}
