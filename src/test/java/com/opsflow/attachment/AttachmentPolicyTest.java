package com.opsflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Issue 16, docs/adr/0011: what may be attached to a ticket, decided from the bytes, and the names files keep. */
class AttachmentPolicyTest {

  static final long LIMIT = 1024 * 1024;
  final AttachmentPolicy policy = new AttachmentPolicy(LIMIT, AttachmentProperties.DEFAULT_TYPES);

  @Test
  void shouldAcceptAScreenshotWithTheContentTypeOfItsBytes() {
    AttachmentPolicy.Accepted accepted = policy.check("截图.PNG", TestFiles.png());

    assertThat(accepted.fileName()).isEqualTo("截图.png");
    assertThat(accepted.contentType()).isEqualTo("image/png");
    assertThat(accepted.size()).isEqualTo(TestFiles.png().length);
  }

  @Test
  void shouldRecogniseEachAllowedTypeFromItsContent() {
    assertThat(policy.check("a.pdf", TestFiles.pdf()).contentType()).isEqualTo("application/pdf");
    assertThat(policy.check("a.docx", TestFiles.docx()).contentType()).endsWith("wordprocessingml.document");
    assertThat(policy.check("a.xlsx", TestFiles.xlsx()).contentType()).endsWith("spreadsheetml.sheet");
    assertThat(policy.check("a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16})
        .contentType()).isEqualTo("image/jpeg");
    assertThat(policy.check("a.gif", "GIF89a\1\0\1\0".getBytes(StandardCharsets.ISO_8859_1)).contentType())
        .isEqualTo("image/gif");
    assertThat(policy.check("server.log", "2026-12-03 10:00:01 ERROR 公文流转失败\r\n".getBytes(StandardCharsets.UTF_8))
        .contentType()).isEqualTo("text/plain");
    assertThat(policy.check("gbk.txt", "开票失败：税控设备异常".getBytes(Charset.forName("GB18030"))).contentType())
        .isEqualTo("text/plain");
  }

  @Test
  void shouldRefuseAFileOverTheLimitNamingTheLimitInChinese() {
    byte[] big = Arrays.copyOf(TestFiles.png(), (int) LIMIT + 1);

    assertThatThrownBy(() -> policy.check("big.png", big)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("超过上限 1.0 MB");
    assertThat(policy.check("exact.png", Arrays.copyOf(TestFiles.png(), (int) LIMIT)).size()).isEqualTo(LIMIT);
  }

  @Test
  void shouldRefuseAnEmptyFile() {
    assertThatThrownBy(() -> policy.check("empty.png", new byte[0])).hasMessageContaining("文件为空");
  }

  @Test
  void shouldRefuseATypeThatIsNotAllowedWhateverItContains() {
    assertThatThrownBy(() -> policy.check("setup.exe", new byte[] {'M', 'Z', 0, 0}))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不支持的文件类型 .exe")
        .hasMessageContaining("png、jpg");
    assertThatThrownBy(() -> policy.check("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("不支持的文件类型 .html");
    assertThatThrownBy(() -> policy.check("README", "text".getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("文件名没有扩展名");
  }

  @Test
  void shouldRefuseContentThatIsNotWhatTheNameSays() {
    assertThatThrownBy(() -> policy.check("screenshot.png", TestFiles.pdf()))
        .hasMessageContaining("文件内容是PDF 文档，与扩展名 .png 不符");
    assertThatThrownBy(() -> policy.check("report.docx", TestFiles.zip("[Content_Types].xml", "evil.exe")))
        .hasMessageContaining("文件内容不是Word 文档");
    assertThatThrownBy(() -> policy.check("report.docx", TestFiles.xlsx()))
        .hasMessageContaining("文件内容是Excel 表格");
    assertThatThrownBy(() -> policy.check("trace.log", new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}))
        .hasMessageContaining("文件内容不是文本文件");
  }

  @Test
  void shouldKeepOnlyTheLastPartOfAPathAndNoCharactersThatMisleadOrBreakNames() {
    assertThat(AttachmentPolicy.safeName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
    assertThat(AttachmentPolicy.safeName("C:\\Users\\张三\\Desktop\\错误 截图.PNG")).isEqualTo("错误 截图.png");
    assertThat(AttachmentPolicy.safeName("a<b>:c|d?e*\"f\r\n.png")).isEqualTo("abcdef.png");
    assertThat(AttachmentPolicy.safeName("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
    assertThat(AttachmentPolicy.safeName("  ..截图..png. ")).isEqualTo("截图.png");
    assertThat(AttachmentPolicy.safeName(null)).isEqualTo("附件");
    assertThat(AttachmentPolicy.safeName("/tmp/.png")).isEqualTo("png");
    String longName = "很长的文件名".repeat(30) + ".png";
    String kept = AttachmentPolicy.safeName(longName);
    assertThat(kept.codePointCount(0, kept.length())).isEqualTo(AttachmentPolicy.MAX_NAME_LENGTH);
    assertThat(kept).endsWith("名.png");
  }

  @Test
  void shouldRefuseADirectionOverrideDisguisingAProgramAsAnImage() {
    // "invoice‮gnp.exe" shows as "invoiceexe.png" in a browser; the override goes, the real extension stays
    assertThatThrownBy(() -> policy.check("invoice\u202Egnp.exe", new byte[] {'M', 'Z'}))
        .hasMessageContaining("不支持的文件类型 .exe");
  }

  @Test
  void shouldTakeTheLimitsFromConfigurationAndRefuseUnknownTypes() {
    AttachmentProperties properties = new AttachmentProperties(DataSize.ofKilobytes(1), null, List.of(".PNG", "pdf"),
        null, null, null);
    assertThat(properties.allowedTypes()).containsExactly("png", "pdf");
    assertThatThrownBy(() -> properties.policy().check("a.docx", TestFiles.docx()))
        .hasMessageContaining("允许的类型：png、pdf");
    assertThatThrownBy(() -> new AttachmentProperties(null, null, List.of("exe"), null, null, null))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown type 'exe'");
    assertThat(new AttachmentProperties(null, null, null, null, null, null).maxSize())
        .isEqualTo(DataSize.ofMegabytes(10));
  }
}
