package com.opsflow.archive;

import com.opsflow.archive.ArchiveRegister.NewDocument;
import com.opsflow.intake.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The week's documents as the 《档案提交单》 lists them (B-2.4.6.3(5)): one document a line, fields separated by
 * {@code |} (or the full-width {@code ｜}): 标题 | 类别 | 版本 | 页数或介质 | 备注 (备注 optional).
 */
final class ArchiveDocumentList {

  static final int MAX_DOCUMENTS = 100;

  private ArchiveDocumentList() {
  }

  static List<NewDocument> parse(String field, String text) {
    List<NewDocument> documents = new ArrayList<>();
    int line = 0;
    for (String raw : text == null ? new String[0] : text.split("\\R")) {
      line++;
      if (raw.isBlank()) {
        continue;
      }
      String[] parts = raw.split("[|｜]", -1);
      if (parts.length < 4 || parts.length > 5) {
        throw bad(field, line, "应为 标题|类别|版本|页数或介质|备注（备注可省略）");
      }
      String title = part(field, line, parts[0], "标题", 200);
      String kind = part(field, line, parts[1], "类别", 100);
      String version = part(field, line, parts[2], "版本", 50);
      String pages = part(field, line, parts[3], "页数或介质", 100);
      String note = parts.length == 5 && !parts[4].isBlank() ? parts[4].strip() : null;
      if (note != null && note.length() > 500) {
        throw bad(field, line, "备注不能超过 500 个字符");
      }
      documents.add(new NewDocument(title, kind, version, pages, note));
    }
    if (documents.size() > MAX_DOCUMENTS) {
      throw new InvalidInputException(field, "字段 " + field + "（本周文档清单）最多 " + MAX_DOCUMENTS + " 份文档"
          + " / field '" + field + "': at most " + MAX_DOCUMENTS + " documents");
    }
    return documents;
  }

  private static String part(String field, int line, String value, String label, int max) {
    String v = value.strip();
    if (v.isEmpty()) {
      throw bad(field, line, label + "不能为空");
    }
    if (v.length() > max) {
      throw bad(field, line, label + "不能超过 " + max + " 个字符");
    }
    return v;
  }

  private static InvalidInputException bad(String field, int line, String what) {
    return new InvalidInputException(field, "字段 " + field + "（本周文档清单）第 " + line + " 行：" + what
        + " / field '" + field + "', line " + line + ": expected title|kind|version|pages or medium|note");
  }
}
