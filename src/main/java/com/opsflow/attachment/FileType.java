package com.opsflow.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types an attachment may have, each recognised from its content (magic numbers, the parts of an Office
 * file), never from its name alone (docs/adr/0011). None is served as HTML or script.
 */
enum FileType {
  PNG("PNG 图片", "image/png", "png"),
  JPEG("JPEG 图片", "image/jpeg", "jpg", "jpeg"),
  GIF("GIF 图片", "image/gif", "gif"),
  PDF("PDF 文档", "application/pdf", "pdf"),
  DOCX("Word 文档", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("Excel 表格", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  /** Logs and notes: UTF-8 or GB18030 text without control bytes other than tab, CR, LF, form feed. */
  TEXT("文本文件", "text/plain", "txt", "log");

  static final List<String> EXTENSIONS = Arrays.stream(values()).flatMap(t -> t.extensions.stream()).toList();
  private static final int OFFICE_ENTRIES_READ = 200;

  private final String label;
  private final String contentType;
  private final List<String> extensions;

  FileType(String label, String contentType, String... extensions) {
    this.label = label;
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  String label() {
    return label;
  }

  String contentType() {
    return contentType;
  }

  List<String> extensions() {
    return extensions;
  }

  static Optional<FileType> byExtension(String extension) {
    String lower = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.extensions.contains(lower)).findFirst();
  }

  /** What the content is, from its bytes; empty when it is none of the known types. */
  static Optional<FileType> sniff(byte[] content) {
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, 'G', 'I', 'F', '8', '7', 'a') || startsWith(content, 'G', 'I', 'F', '8', '9', 'a')) {
      return Optional.of(GIF);
    }
    if (startsWith(content, '%', 'P', 'D', 'F', '-')) {
      return Optional.of(PDF);
    }
    if (startsWith(content, 'P', 'K', 3, 4)) {
      return office(content);
    }
    return text(content) ? Optional.of(TEXT) : Optional.empty();
  }

  private static boolean startsWith(byte[] content, int... magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((content[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  /** A ZIP is a Word or Excel file when it has the Office parts list and the main part of one of them. */
  private static Optional<FileType> office(byte[] content) {
    boolean parts = false;
    FileType type = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int read = 0;
      while ((entry = zip.getNextEntry()) != null && read++ < OFFICE_ENTRIES_READ) {
        String name = entry.getName();
        parts |= "[Content_Types].xml".equals(name);
        if ("word/document.xml".equals(name)) {
          type = DOCX;
        } else if ("xl/workbook.xml".equals(name)) {
          type = XLSX;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return parts ? Optional.ofNullable(type) : Optional.empty();
  }

  private static boolean text(byte[] content) {
    if (content.length == 0) {
      return false;
    }
    for (byte b : content) {
      int c = b & 0xFF;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
        return false;
      }
    }
    return decodes(content, StandardCharsets.UTF_8) || decodes(content, java.nio.charset.Charset.forName("GB18030"));
  }

  private static boolean decodes(byte[] content, java.nio.charset.Charset charset) {
    try {
      charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
