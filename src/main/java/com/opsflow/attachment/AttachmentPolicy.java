package com.opsflow.attachment;

import com.opsflow.intake.InvalidInputException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file may be attached to a ticket, and under which name and content type it is kept (docs/adr/0011). No
 * engine, no database: size, type by content (the name's extension must agree with what the bytes are), and a file
 * name that is safe to store and to offer for download — no folders, no control or direction-override characters,
 * at most {@value #MAX_NAME_LENGTH} characters. Refusals are 400s with the reason in Chinese (ADR 0003).
 */
public final class AttachmentPolicy {

  public static final String FIELD = "file";
  static final int MAX_NAME_LENGTH = 100;
  private static final String DEFAULT_BASE = "附件";

  private final long maxBytes;
  private final List<String> allowedExtensions;

  public AttachmentPolicy(long maxBytes, List<String> allowedExtensions) {
    this.maxBytes = maxBytes;
    this.allowedExtensions = List.copyOf(allowedExtensions);
  }

  /** A file that passed: the name to keep and the content type to serve it with. */
  public record Accepted(String fileName, String contentType, long size) {
  }

  public Accepted check(String originalName, byte[] content) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException(FIELD, "文件为空，请选择要上传的文件 / the file is empty");
    }
    if (content.length > maxBytes) {
      throw new InvalidInputException(FIELD, "文件大小 " + size(content.length) + " 超过上限 " + size(maxBytes)
          + "，请压缩或截取后再上传 / the file is larger than " + maxBytes + " bytes");
    }
    String name = safeName(originalName);
    String extension = extension(name);
    Optional<FileType> declared = allowedExtensions.contains(extension) ? FileType.byExtension(extension)
        : Optional.empty();
    if (declared.isEmpty()) {
      throw new InvalidInputException(FIELD, "不支持的文件类型" + (extension.isEmpty() ? "（文件名没有扩展名）" : " ." + extension)
          + "，允许的类型：" + String.join("、", allowedExtensions) + " / file type not allowed");
    }
    FileType actual = FileType.sniff(content).orElseThrow(() -> new InvalidInputException(FIELD,
        "文件内容不是" + declared.get().label() + "，与扩展名 ." + extension + " 不符 / the content is not what the name says"));
    if (actual != declared.get()) {
      throw new InvalidInputException(FIELD, "文件内容是" + actual.label() + "，与扩展名 ." + extension
          + " 不符，请使用正确的扩展名 / the content is " + actual.name() + ", not ." + extension);
    }
    return new Accepted(name, actual.contentType(), content.length);
  }

  /**
   * The name to keep: the last part of whatever path a browser or client sent, in NFC, without control characters,
   * Unicode direction overrides (which can make "exe" read as "png"), characters Windows forbids, or leading and
   * trailing dots and spaces; shortened to {@value #MAX_NAME_LENGTH} characters keeping the extension.
   */
  static String safeName(String original) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC)
        .replaceAll("[\\p{Cntrl}\\p{Cf}<>:\"|?*]", "")
        .replaceAll("\\s+", " ")
        .replaceAll("^[. ]+|[. ]+$", "");
    String extension = extension(name);
    String base = extension.isEmpty() ? name : name.substring(0, name.length() - extension.length() - 1);
    base = base.replaceAll("[. ]+$", "");
    if (base.isEmpty()) {
      base = DEFAULT_BASE;
    }
    int room = MAX_NAME_LENGTH - (extension.isEmpty() ? 0 : extension.length() + 1);
    if (base.codePointCount(0, base.length()) > room) {
      base = base.substring(0, base.offsetByCodePoints(0, room));
    }
    return extension.isEmpty() ? base : base + "." + extension;
  }

  /** The extension of a name, lower case, without the dot; empty when there is none. */
  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
