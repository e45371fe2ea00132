package com.opsflow.migration;

import com.opsflow.engine.CurrentUser;
import com.opsflow.engine.WithoutAuthorization;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import com.opsflow.ticket.TicketService;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migrations: open one ({@code POST /api/migrations}), read it ({@code GET /api/migrations/{number}}), and
 * the data consistency checklist ({@code GET|POST /api/migrations/{number}/checklist}, JSON or CSV). The
 * engine's authorizations decide who sees a migration; second line and the team lead enter the checklist.
 */
@RestController
@RequestMapping("/api/migrations")
class MigrationController {

  static final Set<String> CHECKLIST_WRITERS = Set.of(OpsFlowGroups.SECOND_LINE, OpsFlowGroups.TEAM_LEAD,
      OpsFlowGroups.ADMIN);

  /** The migration is past the point where the checklist can change (switched over, rolled back, closed). */
  static class MigrationStateException extends RuntimeException {
    MigrationStateException(String message) {
      super(message);
    }
  }

  private final RuntimeService runtime;
  private final HistoryService history;
  private final IdentityService identity;
  private final MigrationStartValidator validator;
  private final MigrationRegister register;
  private final MigrationChecklist checklist;
  private final TicketService tickets;
  private final ProcessEngineConfiguration configuration;

  MigrationController(RuntimeService runtime, HistoryService history, IdentityService identity,
      MigrationStartValidator validator, MigrationRegister register, MigrationChecklist checklist, TicketService tickets,
      ProcessEngineConfiguration configuration) {
    this.configuration = configuration;
    this.runtime = runtime;
    this.history = history;
    this.identity = identity;
    this.validator = validator;
    this.register = register;
    this.checklist = checklist;
    this.tickets = tickets;
  }

  @PostMapping
  ResponseEntity<Map<String, Object>> open(@RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "请求体为空 / request body is missing");
    }
    ProcessInstance instance = runtime.createProcessInstanceByKey(MigrationProcess.KEY).setVariables(Fields.knownPropertiesOnly(body, validator::validate))
        .execute();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("migrationNumber", instance.getBusinessKey());
    answer.put("processInstanceId", instance.getId());
    return ResponseEntity.created(URI.create("/api/migrations/" + instance.getBusinessKey())).body(answer);
  }

  @GetMapping("/{number}")
  Map<String, Object> migration(@PathVariable String number) {
    MigrationRegister.Migration migration = visible(number);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("migration", migration);
    answer.put("checklist", checklist(checklist.lines(number)));
    answer.put("events", tickets.events(number));
    return answer;
  }

  @GetMapping("/{number}/checklist")
  Map<String, Object> checklist(@PathVariable String number) {
    visible(number);
    return checklist(checklist.lines(number));
  }

  /** JSON (an array of lines or {"lines": [...]}) or CSV (text/csv, text/plain); a line replaces its table's earlier one. */
  @PostMapping(value = "/{number}/checklist", consumes = {"application/json"})
  Map<String, Object> importJson(@PathVariable String number, @RequestBody(required = false) Object body) {
    List<?> items = body instanceof List<?> list ? list
        : body instanceof Map<?, ?> map && map.get("lines") instanceof List<?> lines ? lines : null;
    if (items == null) {
      throw new InvalidInputException(MigrationChecklist.FIELD, "请求体应为核对清单行的数组，或 {\"lines\": [...]}，每行含 table、"
          + "rowsBefore、rowsAfter、checksumBefore、checksumAfter / body must be an array of lines or {\"lines\": [...]}");
    }
    return save(number, MigrationChecklist.parseJson(items));
  }

  @PostMapping(value = "/{number}/checklist", consumes = {"text/csv", "text/plain"})
  Map<String, Object> importCsv(@PathVariable String number, @RequestBody(required = false) String body) {
    return save(number, MigrationChecklist.parseCsv(body));
  }

  private Map<String, Object> save(String number, List<MigrationChecklist.Line> lines) {
    if (!CurrentUser.inAny(identity, CHECKLIST_WRITERS)) {
      throw new ActionNotAllowedException(MigrationChecklist.FIELD, "只有二线技术支持或项目组长可以录入迁移核对清单"
          + " / only second-line or the team lead may enter a migration checklist");
    }
    MigrationRegister.Migration migration = visible(number);
    if (!MigrationProcess.OPEN.equals(migration.status())) {
      throw new MigrationStateException("迁移单 " + number + " 的状态为 " + migration.status() + "，切换后或结案后不能再修改核对清单"
          + " / migration " + number + " is " + migration.status() + "; the checklist can no longer change");
    }
    if (lines.isEmpty()) {
      throw new InvalidInputException(MigrationChecklist.FIELD, "核对清单没有任何行 / the checklist has no lines");
    }
    checklist.save(number, lines, CurrentUser.of(identity));
    List<MigrationChecklist.Line> all = checklist.lines(number);
    String summary = MigrationChecklist.summary(all);
    // the verification form shows the checklist; the engineer needs no right to change the instance for that
    WithoutAuthorization.inNewCommand(configuration, () -> {
      ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(MigrationProcess.KEY)
          .processInstanceBusinessKey(number).singleResult();
      if (instance != null) {
        runtime.setVariable(instance.getId(), MigrationProcess.Var.CHECKLIST_SUMMARY, summary);
        runtime.setVariable(instance.getId(), MigrationProcess.Var.CHECKLIST_ROWS, MigrationService.rowsVariable(all));
      }
      return null;
    });
    return checklist(all);
  }

  private static Map<String, Object> checklist(List<MigrationChecklist.Line> lines) {
    Map<String, Object> answer = new LinkedHashMap<>();
    List<String> mismatches = lines.stream().map(MigrationChecklist.Line::mismatch).filter(m -> m != null).toList();
    answer.put("lines", lines.stream().map(l -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("table", l.table());
      line.put("rowsBefore", l.rowsBefore());
      line.put("rowsAfter", l.rowsAfter());
      line.put("checksumBefore", l.checksumBefore());
      line.put("checksumAfter", l.checksumAfter());
      line.put("matches", l.matches());
      return line;
    }).toList());
    answer.put("mismatches", mismatches);
    answer.put("switchOverAllowed", !lines.isEmpty() && mismatches.isEmpty());
    return answer;
  }

  private MigrationRegister.Migration visible(String number) {
    if (history.createHistoricProcessInstanceQuery().processDefinitionKey(MigrationProcess.KEY)
        .processInstanceBusinessKey(number).count() == 0) {
      throw new NoSuchElementException("没有迁移单 " + number + " / no migration " + number);
    }
    return register.find(number).orElseThrow(() -> new NoSuchElementException("没有迁移单 " + number + " / no migration " + number));
  }

  @ExceptionHandler(MigrationStateException.class)
  ResponseEntity<Map<String, String>> conflict(MigrationStateException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "conflict", "message", e.getMessage()));
  }
}
