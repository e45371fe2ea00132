package com.opsflow.attachment;

import com.opsflow.document.TicketDocument;
import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of a ticket (docs/adr/0011). Whoever may see the ticket's process instances in the engine's history
 * (its work groups, managers) lists, downloads and uploads; anybody else gets 403, a number no ticket has 404. A file
 * is found by ticket number and id together, so an id of another ticket is not found. Downloads are always
 * {@code attachment} with the stored, sniffed content type (never HTML), nosniff and a policy that allows nothing
 * ({@code ApiResponseHeaders}). Uploads with the webapps' session need the webapps' CSRF token
 * ({@code WebappSessionOrBasicAuthenticationProvider}).
 */
@RestController
class AttachmentController {

  private final Attachments attachments;
  private final AttachmentProperties properties;
  private final HistoryService history;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final TaskService tasks;

  AttachmentController(Attachments attachments, AttachmentProperties properties, HistoryService history,
      RepositoryService repository, IdentityService identity, TaskService tasks) {
    this.attachments = attachments;
    this.properties = properties;
    this.history = history;
    this.repository = repository;
    this.identity = identity;
    this.tasks = tasks;
  }

  @GetMapping("/api/tickets/{number}/attachments")
  List<Attachments.Attachment> list(@PathVariable String number) {
    visible(number);
    return attachments.list(number);
  }

  @PostMapping(path = "/api/tickets/{number}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachments.Attachment> upload(@PathVariable String number,
      @RequestParam(name = AttachmentPolicy.FIELD, required = false) MultipartFile file) {
    visible(number);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(attachments.upload(number, file(file).getOriginalFilename(), bytes(file), user()));
  }

  @GetMapping("/api/tickets/{number}/attachments/{id}")
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable long id) {
    visible(number);
    TicketDocument document = attachments.find(number, id)
        .orElseThrow(() -> new NoSuchElementException("工单 " + number + " 没有附件 " + id + " / no attachment " + id));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .contentLength(document.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(document.content());
  }

  /** The caller's files waiting for their next incident report (uploaded from the start form's link). */
  @GetMapping("/api/attachment-drafts")
  List<Attachments.Attachment> drafts() {
    mayReport();
    attachments.removeExpiredDrafts(user());
    return attachments.drafts(user());
  }

  /** What the page tells the reporter about their drafts: how long a file waits, how many may wait. */
  @GetMapping("/api/attachment-drafts/terms")
  DraftTerms draftTerms() {
    mayReport();
    return new DraftTerms(properties.draftHours(), properties.maxDraftsPerUser());
  }

  record DraftTerms(int draftHours, int maxDraftsPerUser) {
  }

  @PostMapping(path = "/api/attachment-drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachments.Attachment> uploadDraft(
      @RequestParam(name = AttachmentPolicy.FIELD, required = false) MultipartFile file) {
    mayReport();
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(attachments.storeDraft(user(), file(file).getOriginalFilename(), bytes(file)));
  }

  /** Withdraws a draft of the caller's (only their own: another user's id is not found). */
  @DeleteMapping("/api/attachment-drafts/{id}")
  ResponseEntity<Void> deleteDraft(@PathVariable long id) {
    mayReport();
    attachments.deleteDraft(user(), id);
    return ResponseEntity.noContent().build();
  }

  /**
   * 404 when no ticket has the number, 403 when the caller may not see it: neither its process instances in the
   * engine's history nor an open task of it (a group that only works its own tasks of a ticket, such as the vendor on
   * a problem handed over to it, docs/adr/0011 §4). The engine's authorizations decide both.
   */
  private void visible(String number) {
    boolean exists = CurrentUser.withoutAuthentication(identity,
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count() > 0);
    if (!exists) {
      throw new NoSuchElementException("没有工单 " + number + " / no ticket " + number);
    }
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(number).count() == 0
        && tasks.createTaskQuery().processInstanceBusinessKey(number).count() == 0) {
      throw new ActionNotAllowedException("ticketNumber", "您无权查看工单 " + number + " 及其附件 / you may not see"
          + " this ticket");
    }
  }

  /** Drafts are for those who may start an intake process (the engine's start permission decides). */
  private void mayReport() {
    // one query per key: processDefinitionKeysIn answers with the engine's query implementation (ArchitectureTest)
    boolean startable = properties.intakeProcesses().stream().anyMatch(key -> repository.createProcessDefinitionQuery()
        .processDefinitionKey(key).latestVersion().startablePermissionCheck().count() > 0);
    if (!startable) {
      throw new ActionNotAllowedException("file", "只有可以登记事件的用户才能在报告前上传附件 / only users who may"
          + " report incidents upload files before the report");
    }
  }

  private String user() {
    return CurrentUser.of(identity);
  }

  private static MultipartFile file(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      throw new InvalidInputException(AttachmentPolicy.FIELD, "请选择要上传的文件（表单字段 file）/ no file in field 'file'");
    }
    return file;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new InvalidInputException(AttachmentPolicy.FIELD, "文件未能完整接收，请重新上传 / the upload was incomplete");
    }
  }
}
