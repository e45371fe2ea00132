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

/**
 * A small builder for the Chinese DOCX reports kept with tickets (宋体 throughout): {@link #title}, {@link #heading},
 * {@link #text}, {@link #fields} (a two-column label/value table without header), {@link #table} (a table with a
 * header row), then {@link #bytes}. Null or blank text writes nothing; a null table cell is written empty.
 */
public final class DocxWriter implements AutoCloseable {

  private final XWPFDocument doc = new XWPFDocument();

  /** The centred bold document title (18 pt). */
  public DocxWriter title(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, true, 18);
    return this;
  }

  /** A bold section heading (14 pt). */
  public DocxWriter heading(String text) {
    run(doc.createParagraph(), text, true, 14);
    return this;
  }

  /** One paragraph per line of the text; nothing for null or blank text. */
  public DocxWriter text(String text) {
    if (text != null && !text.isBlank()) {
      for (String line : text.split("\\r?\\n")) {
        run(doc.createParagraph(), line, false, 11);
      }
    }
    return this;
  }

  /** A label/value pair for {@link #fields}. */
  public record Field(String label, String value) {}

  /** A label/value pair for {@link #fields}; a null value is written as an empty cell. */
  public static Field field(String label, String value) {
    return new Field(label, value);
  }

  /** A two-column table without header row: one row per field, the label left and the value right. */
  public DocxWriter fields(Field... fields) {
    XWPFTable table = doc.createTable(fields.length, 2);
    for (int r = 0; r < fields.length; r++) {
      table.getRow(r).getCell(0).setText(fields[r].label());
      table.getRow(r).getCell(1).setText(fields[r].value() == null ? "" : fields[r].value());
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

  /** The document as written so far. */
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
