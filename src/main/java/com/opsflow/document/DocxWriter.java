package com.opsflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** A small builder for the Chinese DOCX reports kept with tickets: title, headings, text, tables. */
public final class DocxWriter implements AutoCloseable {

  private final XWPFDocument doc = new XWPFDocument();

  public DocxWriter title(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, true, 18);
    return this;
  }

  public DocxWriter heading(String text) {
    run(doc.createParagraph(), text, true, 14);
    return this;
  }

  public DocxWriter text(String text) {
    if (text != null && !text.isBlank()) {
      for (String line : text.split("\\r?\\n")) {
        run(doc.createParagraph(), line, false, 11);
      }
    }
    return this;
  }

  /** A table with a header row. */
  public DocxWriter table(List<String> header, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    for (int c = 0; c < header.size(); c++) {
      table.getRow(0).getCell(c).setText(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        table.getRow(r + 1).getCell(c).setText(value == null ? "" : value);
      }
    }
    return this;
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the DOCX report", e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("宋体");
  }
}
