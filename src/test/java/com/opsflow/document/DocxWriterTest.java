package com.opsflow.document;

import static com.opsflow.document.DocxWriter.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxWriterTest {

  @Test
  void writesTheElementsInOrderWithTheReportFont() throws IOException {
    byte[] bytes;
    try (DocxWriter doc = new DocxWriter()) {
      bytes = doc.title("报告").fields(field("工单号", "INC-1"), field("报告人", null)).heading("一、现象描述")
          .text("第一行\n第二行").text(null).text("  ").table(List.of("序号", "内容"), List.of(List.of("1"))).bytes();
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<IBodyElement> body = docx.getBodyElements();
      assertThat(body).hasSize(6);
      XWPFParagraph title = (XWPFParagraph) body.get(0);
      assertThat(title.getText()).isEqualTo("报告");
      assertThat(title.getRuns().get(0).isBold()).isTrue();
      assertThat(title.getRuns().get(0).getFontFamily()).isEqualTo("宋体");

      XWPFTable fields = (XWPFTable) body.get(1);
      assertThat(fields.getNumberOfRows()).isEqualTo(2);
      assertThat(fields.getRow(0).getCell(0).getText()).isEqualTo("工单号");
      assertThat(fields.getRow(0).getCell(1).getText()).isEqualTo("INC-1");
      assertThat(fields.getRow(1).getCell(0).getText()).isEqualTo("报告人");
      assertThat(fields.getRow(1).getCell(1).getText()).isEmpty();

      assertThat(((XWPFParagraph) body.get(2)).getText()).isEqualTo("一、现象描述");
      assertThat(((XWPFParagraph) body.get(3)).getText()).isEqualTo("第一行");
      assertThat(((XWPFParagraph) body.get(4)).getText()).isEqualTo("第二行");

      XWPFTable table = (XWPFTable) body.get(5);
      assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("内容");
      assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("1");
      assertThat(table.getRow(1).getCell(1).getText()).isEmpty();
    }
  }

  /** Issue 9 (held up, kept as a test): what users typed is text in the report, never markup. */
  @Test
  void keepsMarkupThatUsersTypedAsPlainText() throws IOException {
    String typed = "<script>alert(1)</script> & <w:p/> ]]>";
    byte[] bytes;
    try (DocxWriter doc = new DocxWriter()) {
      bytes = doc.title(typed).fields(field("报告人", typed)).text(typed).table(List.of("内容"), List.of(List.of(typed)))
          .bytes();
    }
    try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<IBodyElement> body = docx.getBodyElements();
      assertThat(((XWPFParagraph) body.get(0)).getText()).isEqualTo(typed);
      assertThat(((XWPFTable) body.get(1)).getRow(0).getCell(1).getText()).isEqualTo(typed);
      assertThat(((XWPFParagraph) body.get(2)).getText()).isEqualTo(typed);
      assertThat(((XWPFTable) body.get(3)).getRow(1).getCell(0).getText()).isEqualTo(typed);
      assertThat(docx.getDocument().xmlText()).doesNotContain("<script>").contains("&lt;script>");
    }
  }
}
