package com.opsflow.attachment;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files of the kinds users attach, made in memory for the attachment tests. */
public final class TestFiles {

  private TestFiles() {
  }

  /** A small screenshot-like PNG (a red and white image). */
  public static byte[] png() {
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      for (int y = 0; y < 20; y++) {
        image.setRGB(x, y, (x + y) % 2 == 0 ? Color.RED.getRGB() : Color.WHITE.getRGB());
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A ZIP holding the given entries (an Office file when they are its parts). */
  public static byte[] zip(String... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write("<xml/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] docx() {
    return zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");
  }

  public static byte[] xlsx() {
    return zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml");
  }
}
