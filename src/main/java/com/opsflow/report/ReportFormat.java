package com.opsflow.report;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The file formats of reports (docs/adr/0008): XLSX sheets and DOCX documents. */
enum ReportFormat {
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

  private final String code;
  private final String mediaType;

  ReportFormat(String code, String mediaType) {
    this.code = code;
    this.mediaType = mediaType;
  }

  String code() {
    return code;
  }

  static ReportFormat of(String code) {
    for (ReportFormat f : values()) {
      if (f.code.equals(code)) {
        return f;
      }
    }
    return null;
  }

  /** The file as an attachment named {@code <title>.<ext>} (UTF-8 file name, so Chinese names survive). */
  ResponseEntity<byte[]> download(String title, byte[] bytes) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(title + "." + code, StandardCharsets.UTF_8).build().toString())
        .contentType(MediaType.parseMediaType(mediaType))
        .body(bytes);
  }
}
