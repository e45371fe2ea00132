package com.opsflow.document;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lists and downloads a ticket's files. Visible to whoever may see one of the ticket's process
 * instances in the engine's history, so the engine's authorizations decide.
 */
@RestController
@RequestMapping("/api/tickets/{number}/documents")
class TicketDocumentController {

  private final TicketDocuments documents;
  private final HistoryService history;

  TicketDocumentController(TicketDocuments documents, HistoryService history) {
    this.documents = documents;
    this.history = history;
  }

  @GetMapping
  List<TicketDocument> list(@PathVariable String number) {
    visible(number);
    return documents.list(number);
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
    visible(number);
    TicketDocument document = documents.find(number, id)
        .orElseThrow(() -> new NoSuchElementException("没有文件 " + id + " / no document " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.content());
  }

  private void visible(String number) {
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count() == 0) {
      throw new NoSuchElementException("没有工单 " + number + " / no ticket " + number);
    }
  }
}
