package com.opsflow.onsite;

import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.ApiResponseHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * On-site support through OpsFlow's API: request it (for an existing ticket with {@code ticketNumber},
 * or as a new request) and download the signed confirmation slip. Runs as the authenticated caller;
 * the engine's authorizations decide who may start and who may see a slip.
 */
@RestController
@RequestMapping("/api/onsite")
class OnsiteController {

  /** The slip is static HTML with an inline style sheet: no scripts, images, fonts, frames or forms. */
  static final String SLIP_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none';"
      + " frame-ancestors 'none'";

  private final RuntimeService runtime;
  private final HistoryService history;
  private final OnsiteStartValidator validator;
  private final OnsiteService onsite;

  OnsiteController(RuntimeService runtime, HistoryService history, OnsiteStartValidator validator,
      OnsiteService onsite) {
    this.runtime = runtime;
    this.history = history;
    this.validator = validator;
    this.onsite = onsite;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> request(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    ProcessInstance instance = runtime.createProcessInstanceByKey(OnsiteSupportProcess.KEY)
        .setVariables(Fields.knownPropertiesOnly(body, validator::validate))
        .execute();
    String ticketNumber = instance.getBusinessKey();
    return ResponseEntity.created(URI.create("/api/tickets/" + ticketNumber))
        .body(Map.of("ticketNumber", ticketNumber, "processInstanceId", instance.getId()));
  }

  @GetMapping("/{ticketNumber}/confirmation-slip")
  ResponseEntity<byte[]> confirmationSlip(@PathVariable String ticketNumber, HttpServletResponse response) {
    StoredSlip slip = onsite.latestSlip(ticketNumber)
        .filter(s -> history.createHistoricProcessInstanceQuery().processInstanceId(s.processInstanceId()).count() > 0)
        .orElseThrow(() -> new NoSuchElementException("工单 " + ticketNumber + " 没有现场服务确认单 / no confirmation slip"
            + " for " + ticketNumber));
    // replaces /api's policy (default-src 'none' would drop the slip's style sheet); set, not added, to stay one header
    response.setHeader(ApiResponseHeaders.CONTENT_SECURITY_POLICY, SLIP_POLICY);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(slip.fileName(), StandardCharsets.UTF_8).build().toString())
        .body(slip.content());
  }
}
