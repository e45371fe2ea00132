package com.opsflow.security;

import static com.opsflow.security.OpsFlowGroups.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import com.opsflow.support.WebappSession;
import com.opsflow.attachment.TestFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 14: what every SPEC §1 group may read and do, as one table — the engine's resources through engine REST
 * (process definitions, instances, tasks, history, decisions, deployments) and every {@code /api} endpoint. The
 * {@code /api} rows are checked against the application's request mappings: a controller mapping without a row
 * fails {@link #shouldHaveARowForEveryApiMapping}, so a new endpoint cannot ship without deciding who may call it.
 *
 * <p>Each group is its demo user ({@code demo-<group>}). Where an endpoint finds its object through the engine's
 * history (tickets, documents), a ticket of this test is used, so its row shows who sees the ticket; other numbers
 * do not exist, so a row shows the role check ({@code 403}) before the look-up ({@code 404}) or the validation of the
 * body ({@code 400}). Nothing here is sent with a wrong password (login delays, see {@link LoginDelayRestTest}).
 */
@OpsFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

  static final List<String> GROUPS = List.copyOf(WORK_GROUPS.keySet());
  static final String[] MANAGERS = {PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT};
  static final String TICKET = "{ticket}";
  /** The number of the object a row before created ({@code 201}) at {@code POST /api/<kind>}: {@code {new:<kind>}}. */
  static final String NEW = "{new:%s}";
  static final String NO_SUCH_TICKET = "INC-20990101-0001";
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  String ticket;
  String instance;
  final Map<String, String> created = new LinkedHashMap<>();

  @BeforeAll
  void reportAnIncident() {
    ResponseEntity<Map<String, Object>> answer = RestClient.demo(rest, SERVICE_DESK)
        .post("/api/incidents", ProcessDriver.incidentVariables("oa", "office", "medium"));
    assertThat(answer.getStatusCode().value()).as("%s", answer.getBody()).isEqualTo(201);
    ticket = (String) answer.getBody().get("ticketNumber");
    instance = (String) answer.getBody().get("processInstanceId");
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The engine: what each group reads and does through engine REST (the same checks apply in Cockpit and Tasklist).

  static final Set<String> ALL_PROCESSES = Set.of("approval", "backup", "calendar-maintenance", "change", "complaint",
      "data-maintenance", "dr-drill",
      "health-check", "important-period", "incident", "incident-delay", "incident-followup", "knowledge",
      "leave-request",
      "major-incident", "migration", "notification", "onsite-support", "problem", "quality-inspection", "release",
      "report-delivery", "satisfaction-survey", "service-evaluation", "service-evaluation-schedule", "staff-change",
      "training", "security-hardening", "risk-review", "archive", "archive-loan", "archive-change");
  static final Set<String> ALL_DECISIONS = Set.of("change-risk", "complaint-rating", "data-maintenance-approval",
      "dr-drill-result", "dr-drill-target",
      "escalation", "health-check-threshold", "incident-priority", "leave-approval", "major-incident-clock",
      "migration-approval", "operation-schedule", "quality-inspection-rating", "release-approval", "score-action",
      "score-item", "staff-minimum", "training-pass");

  /** Process definitions (latest versions) each group reads; managers read all, read-only (Cockpit). */
  static final Map<String, Set<String>> READS_DEFINITIONS = Map.ofEntries(
      Map.entry(SERVICE_DESK, Set.of("approval", "backup", "complaint", "data-maintenance", "health-check", "incident",
          "incident-delay", "incident-followup", "leave-request", "onsite-support", "satisfaction-survey",
          "archive-loan")),
      Map.entry(SECOND_LINE, Set.of("approval", "backup", "change", "data-maintenance", "dr-drill", "health-check",
          "incident", "incident-delay", "incident-followup",
          "leave-request", "major-incident", "migration", "onsite-support", "problem", "release",
          "satisfaction-survey", "security-hardening", "risk-review", "archive", "archive-loan",
          "archive-change")),
      Map.entry(PROJECT_MANAGER, ALL_PROCESSES),
      Map.entry(TEAM_LEAD, ALL_PROCESSES),
      Map.entry(SYSTEM_OWNER, ALL_PROCESSES),
      Map.entry(BUREAU_IT, ALL_PROCESSES),
      Map.entry(QUALITY, Set.of("complaint", "quality-inspection", "satisfaction-survey")),
      Map.entry(KNOWLEDGE, Set.of("knowledge", "satisfaction-survey")),
      Map.entry(DOCUMENT_ADMIN, Set.of("satisfaction-survey", "archive", "archive-loan", "archive-change")),
      Map.entry(VENDOR, Set.of("problem")));

  /** Process definitions each group may start (Tasklist, engine REST, {@code /api}). */
  static final Map<String, Set<String>> STARTS = Map.ofEntries(
      Map.entry(SERVICE_DESK, Set.of("backup", "complaint", "data-maintenance", "health-check", "incident",
          "incident-delay", "leave-request", "onsite-support", "archive-loan")),
      Map.entry(SECOND_LINE, Set.of("backup", "change", "data-maintenance", "dr-drill", "health-check", "incident-delay",
          "leave-request", "major-incident", "migration",
          "problem", "release", "security-hardening", "risk-review", "archive",
          "archive-loan", "archive-change")),
      Map.entry(PROJECT_MANAGER, Set.of("migration", "release", "satisfaction-survey", "staff-change", "training")),
      Map.entry(TEAM_LEAD, Set.of("change", "incident-delay", "major-incident", "migration", "onsite-support",
          "release", "staff-change", "training")),
      Map.entry(SYSTEM_OWNER, Set.of("important-period")),
      Map.entry(BUREAU_IT, Set.of("calendar-maintenance", "service-evaluation")),
      Map.entry(QUALITY, Set.of("quality-inspection", "satisfaction-survey")),
      Map.entry(KNOWLEDGE, Set.of("knowledge")),
      Map.entry(DOCUMENT_ADMIN, Set.of("archive-loan", "archive-change")));

  /** Decision definitions (latest versions) each group reads. */
  static final Map<String, Set<String>> READS_DECISIONS = Map.of(PROJECT_MANAGER, ALL_DECISIONS,
      TEAM_LEAD, ALL_DECISIONS, SYSTEM_OWNER, ALL_DECISIONS, BUREAU_IT, ALL_DECISIONS);

  /** Groups that see the incident of this test (oa, office, medium: waiting for the desk). */
  static final Set<String> READ_INSTANCE = Set.of(SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD,
      SYSTEM_OWNER, BUREAU_IT);
  static final Set<String> READ_TASK = Set.of(SERVICE_DESK, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT);
  static final Set<String> READ_HISTORY = READ_INSTANCE;
  static final Set<String> READ_DEPLOYMENTS = Set.of(PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT);
  /** Groups that may claim the incident's open task (its candidate group). Nobody of §1 deploys or deletes. */
  static final Set<String> CLAIM_TASK = Set.of(SERVICE_DESK);

  @Test
  void shouldGrantEachGroupExactlyItsEngineRights() {
    Map<String, String> differences = new TreeMap<>();
    for (String group : GROUPS) {
      RestClient user = RestClient.demo(rest, group);
      compare(differences, group, "reads process definitions", READS_DEFINITIONS.getOrDefault(group, Set.of()),
          keys(user, "/engine-rest/process-definition?latestVersion=true"));
      compare(differences, group, "starts", STARTS.getOrDefault(group, Set.of()),
          keys(user, "/engine-rest/process-definition?latestVersion=true&startablePermissionCheck=true"
              + "&startableInTasklist=false"));
      compare(differences, group, "reads decisions", READS_DECISIONS.getOrDefault(group, Set.of()),
          keys(user, "/engine-rest/decision-definition?latestVersion=true"));
      compare(differences, group, "reads the instance", READ_INSTANCE.contains(group),
          count(user, "/engine-rest/process-instance/count?processInstanceIds=" + instance) > 0);
      compare(differences, group, "reads the task", READ_TASK.contains(group),
          count(user, "/engine-rest/task/count?processInstanceId=" + instance) > 0);
      compare(differences, group, "reads the history", READ_HISTORY.contains(group),
          count(user, "/engine-rest/history/process-instance/count?processInstanceId=" + instance) > 0);
      compare(differences, group, "reads deployments", READ_DEPLOYMENTS.contains(group),
          count(user, "/engine-rest/deployment/count") > 0);
      compare(differences, group, "deploys", false, deploy(group) / 100 == 2);
      compare(differences, group, "deletes the instance", false,
          user.raw(HttpMethod.DELETE, "/engine-rest/process-instance/" + instance, null).getStatusCode()
              .is2xxSuccessful());
      compare(differences, group, "claims the task", CLAIM_TASK.contains(group), claimAndGiveBack(user, group));
    }
    assertThat(differences).as("engine rights that differ from the table (group: what → expected / actual)")
        .isEmpty();
  }

  private static void compare(Map<String, String> differences, String group, String what, Object expected,
      Object actual) {
    if (!expected.equals(actual)) {
      differences.put(group + ": " + what, expected + " / " + actual);
    }
  }

  private Set<String> keys(RestClient user, String path) {
    ResponseEntity<List<Map<String, Object>>> answer = user.getList(path);
    assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
    return answer.getBody().stream().map(d -> (String) d.get("key")).collect(Collectors.toCollection(TreeSet::new));
  }

  private static long count(RestClient user, String path) {
    ResponseEntity<Map<String, Object>> answer = user.get(path);
    return answer.getStatusCode().value() == 200 ? ((Number) answer.getBody().get("count")).longValue() : -1;
  }

  private int deploy(String group) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "matrix-probe");
    form.add("probe.bpmn", new ByteArrayResource("<definitions/>".getBytes()) {
      @Override
      public String getFilename() {
        return "probe.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("demo-" + group, "demo");
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers),
        String.class).getStatusCode().value();
  }

  private boolean claimAndGiveBack(RestClient user, String group) {
    ResponseEntity<List<Map<String, Object>>> tasks = RestClient.demo(rest, SERVICE_DESK)
        .getList("/engine-rest/task?processInstanceId=" + instance);
    String taskId = (String) tasks.getBody().get(0).get("id");
    boolean claimed = user.raw(HttpMethod.POST, "/engine-rest/task/" + taskId + "/claim",
        Map.of("userId", "demo-" + group)).getStatusCode().is2xxSuccessful();
    if (claimed) {
      assertThat(new RestClient(rest, "admin", "admin").raw(HttpMethod.POST, "/engine-rest/task/" + taskId
          + "/unclaim", Map.of()).getStatusCode().is2xxSuccessful()).as("the task of %s is given back", group).isTrue();
    }
    return claimed;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // /api: one row per request mapping — the request sent and the status each group gets. Reading the statuses:
  // 201/200 done or read; 400 allowed, the sample body or parameters refused (the right is checked first); 403 the
  // role may not; 404 for a group while others get 200: the object is hidden (engine history authorizations);
  // 404 or 400 for every group: the endpoint looks the object up or validates before it checks a role, so the row
  // shows only that no group gets further (who sees existing objects follows the engine rows above); 200 for every
  // group: readable by every logged-in user (calendar, knowledge search, post grades, change schedule).
  // Every request also gets 401 without credentials.

  record Row(String mapping, HttpMethod method, String path, MediaType contentType, Object body,
      Map<String, Integer> statusByGroup) {
  }

  static final class RowBuilder {
    private final String mapping;
    private final HttpMethod method;
    private final String path;
    private MediaType contentType = MediaType.APPLICATION_JSON;
    private Object body;
    private final Map<String, Integer> status = new LinkedHashMap<>();

    RowBuilder(String mapping, String path) {
      this.mapping = mapping;
      this.method = HttpMethod.valueOf(mapping.split(" ")[0]);
      this.path = path;
    }

    RowBuilder body(MediaType type, Object content) {
      this.contentType = type;
      this.body = content;
      return this;
    }

    RowBuilder body(Object json) {
      return body(MediaType.APPLICATION_JSON, json);
    }

    /** The status these groups get. */
    RowBuilder status(int code, String... groups) {
      for (String group : groups) {
        status.put(group, code);
      }
      return this;
    }

    /** The status every group not named so far gets. */
    Row others(int code) {
      Map<String, Integer> all = new LinkedHashMap<>();
      for (String group : GROUPS) {
        all.put(group, status.getOrDefault(group, code));
      }
      return new Row(mapping, method, path, contentType, body, all);
    }
  }

  static RowBuilder row(String mapping, String path) {
    return new RowBuilder(mapping, path);
  }

  static final MediaType CSV = MediaType.parseMediaType("text/csv");
  static final Map<String, Object> EMPTY = Map.of();

  static final List<Row> API = List.of(
      row("POST /api/incidents", "/api/incidents").body(ProcessDriver.incidentVariables("tips", "individual", "low"))
          .status(201, SERVICE_DESK).others(403),
      row("POST /api/incidents/{ticketNumber}/delay", "/api/incidents/" + TICKET + "/delay").body(EMPTY)
          .status(400, SERVICE_DESK, SECOND_LINE, TEAM_LEAD).others(403),
      row("POST /api/incidents/{ticketNumber}/major", "/api/incidents/" + NO_SUCH_TICKET + "/major").body(EMPTY)
          .status(400, SECOND_LINE, TEAM_LEAD).others(403),
      row("GET /api/tickets/{number}", "/api/tickets/" + TICKET)
          .status(200, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("GET /api/tickets/{number}/documents", "/api/tickets/" + TICKET + "/documents")
          .status(200, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("GET /api/tickets/{number}/documents/{id}", "/api/tickets/" + TICKET + "/documents/999999").others(404),
      // attachments (docs/adr/0011): whoever sees the ticket; others 403; drafts for those who report incidents
      row("GET /api/tickets/{number}/attachments", "/api/tickets/" + TICKET + "/attachments")
          .status(200, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("POST /api/tickets/{number}/attachments [multipart/form-data]", "/api/tickets/" + TICKET + "/attachments")
          .body(MediaType.MULTIPART_FORM_DATA, WebappSession.file("权限矩阵截图.png", TestFiles.png()))
          .status(201, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/tickets/{number}/attachments/{id}", "/api/tickets/" + TICKET + "/attachments/999999")
          .status(404, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/attachment-drafts", "/api/attachment-drafts").status(200, SERVICE_DESK).others(403),
      row("GET /api/attachment-drafts/terms", "/api/attachment-drafts/terms").status(200, SERVICE_DESK).others(403),
      // a program is refused (400), so no draft is left for the desk's next incident
      row("POST /api/attachment-drafts [multipart/form-data]", "/api/attachment-drafts")
          .body(MediaType.MULTIPART_FORM_DATA, WebappSession.file("setup.exe", new byte[] {'M', 'Z', 0, 0}))
          .status(400, SERVICE_DESK).others(403),
      row("DELETE /api/attachment-drafts/{id}", "/api/attachment-drafts/999999").status(404, SERVICE_DESK).others(403),
      row("GET /api/session", "/api/session").others(200),
      row("POST /api/problems", "/api/problems").body(Map.of("problemType", "program", "system", "oa",
          "summary", "权限矩阵：公文流转节点人员缺失", "description", "权限矩阵测试")).status(201, SECOND_LINE).others(403),
      row("GET /api/problems/{number}", "/api/problems/" + NEW.formatted("problems"))
          .status(200, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("POST /api/problems/{number}/incidents", "/api/problems/" + NEW.formatted("problems") + "/incidents")
          .body(EMPTY).others(400),
      row("POST /api/onsite", "/api/onsite").body(Map.of("requestType", "training", "system", "oa",
          "reporter", "李娜（某市税务局办公室）", "summary", "权限矩阵：新入职人员培训", "site", "某市税务局办公室"))
          .status(201, SERVICE_DESK, TEAM_LEAD).others(403),
      row("GET /api/onsite/{ticketNumber}/confirmation-slip", "/api/onsite/ONS-20990101-0001/confirmation-slip")
          .others(404),
      row("GET /api/knowledge/search", "/api/knowledge/search?q=%E6%89%93%E5%8D%B0").others(200),
      row("GET /api/knowledge/articles/{id}", "/api/knowledge/articles/999999").others(404),
      row("GET /api/knowledge/statistics", "/api/knowledge/statistics?period=2040-01").others(400),
      row("POST /api/knowledge/articles/{id}/retire", "/api/knowledge/articles/999999/retire").body(EMPTY)
          .status(400, KNOWLEDGE).others(403),
      row("POST /api/knowledge/articles/{id}/revisions", "/api/knowledge/articles/999999/revisions").body(EMPTY)
          .status(404, KNOWLEDGE).others(403),
      row("GET /api/calendar/days", "/api/calendar/days?year=2040").others(200),
      row("PUT /api/calendar/days/{date}", "/api/calendar/days/2040-01-02").body(EMPTY)
          .status(400, BUREAU_IT).others(403),
      row("DELETE /api/calendar/days/{date}", "/api/calendar/days/2040-01-02").status(404, BUREAU_IT).others(403),
      row("GET /api/calendar/due", "/api/calendar/due?system=oa&start=2040-01-02T09:00:00&minutes=60").others(200),
      row("GET /api/staff/grades", "/api/staff/grades").others(200),
      row("GET /api/staff/{userId}/grade", "/api/staff/demo-service-desk/grade").others(200),
      row("PUT /api/staff/{userId}/grade", "/api/staff/demo-service-desk/grade").body(EMPTY)
          .status(400, PROJECT_MANAGER).others(403),
      row("GET /api/changes/schedule", "/api/changes/schedule?from=2040-01-01&to=2040-01-31").others(200),
      row("GET /api/changes/{number}", "/api/changes/CHG-20990101-0001").others(404),
      row("POST /api/releases", "/api/releases").body(Map.of("system", "tips", "releaseKind", "patch",
          "releaseVersion", "TIPS-MATRIX-P01", "summary", "权限矩阵补丁", "description", "权限矩阵测试",
          "affectedOffices", "全区各级税务机关", "announceTo", "office-a@tax.example.cn"))
          .status(201, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD).others(403),
      row("GET /api/releases/{number}", "/api/releases/" + NEW.formatted("releases"))
          .status(200, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("POST /api/releases/{number}/problems", "/api/releases/" + NEW.formatted("releases") + "/problems")
          .body(EMPTY).status(400, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("POST /api/migrations", "/api/migrations").body(Map.of("system", "invoice", "migrationType", "application",
          "dataMigration", true, "requestingOffice", "区局征管科技处", "summary", "权限矩阵迁移",
          "description", "权限矩阵测试")).status(201, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD).others(403),
      row("GET /api/migrations/{number}", "/api/migrations/" + NEW.formatted("migrations"))
          .status(200, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("GET /api/migrations/{number}/checklist", "/api/migrations/" + NEW.formatted("migrations") + "/checklist")
          .status(200, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("POST /api/migrations/{number}/checklist [application/json]",
          "/api/migrations/" + NEW.formatted("migrations") + "/checklist").body(List.of())
          .status(400, SECOND_LINE, TEAM_LEAD).others(403),
      row("POST /api/migrations/{number}/checklist [text/csv,text/plain]",
          "/api/migrations/" + NEW.formatted("migrations") + "/checklist").body(CSV, "FP_ITEM,12,x,aa,aa").others(400),
      row("POST /api/data-maintenance", "/api/data-maintenance").body(Map.of("system", "invoice",
          "reporter", "赵强（某区税务局第二税务所）", "summary", "权限矩阵数据维护", "description", "权限矩阵测试"))
          .status(201, SERVICE_DESK, SECOND_LINE).others(403),
      row("GET /api/data-maintenance/{ticketNumber}", "/api/data-maintenance/" + NEW.formatted("data-maintenance"))
          .status(200, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(404),
      row("GET /api/scorecards/{contract}/{engineer}/{contractYear}", "/api/scorecards/oa/demo-service-desk/2040")
          .status(200, SERVICE_DESK, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/vendor-scores/{contract}/{contractYear}", "/api/vendor-scores/oa/2040")
          .status(200, MANAGERS).others(403),
      row("POST /api/evaluations", "/api/evaluations").body(EMPTY).status(400, BUREAU_IT).others(403),
      row("GET /api/quality/inspections", "/api/quality/inspections").others(400),
      row("GET /api/trainings/{number}", "/api/trainings/TRN-20990101-0001").others(404),
      row("GET /api/surveys/{number}", "/api/surveys/SRV-20990101-0001").others(404),
      row("POST /api/surveys/{number}/answers", "/api/surveys/SRV-20990101-0001/answers").body(EMPTY).others(404),
      row("GET /api/attendance", "/api/attendance?month=2040-01").status(400, MANAGERS).others(403),
      row("POST /api/attendance/corrections", "/api/attendance/corrections").body(EMPTY)
          .status(400, BUREAU_IT).others(403),
      row("POST /api/attendance/import", "/api/attendance/import")
          .body(CSV, "not a sign-in log").status(400, BUREAU_IT).others(403),
      row("POST /api/attendance/import", "/api/attendance/import")
          .body(XLSX, "not a workbook".getBytes()).status(400, BUREAU_IT).others(403),
      row("GET /api/staff-changes", "/api/staff-changes?contract=oa")
          .status(200, PROJECT_MANAGER, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/staff-changes/roster", "/api/staff-changes/roster?contract=oa")
          .status(200, PROJECT_MANAGER, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/staff-changes/{changeNumber}", "/api/staff-changes/SC-20990101-0001")
          .status(404, PROJECT_MANAGER, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/health-checks", "/api/health-checks?system=oa&from=2040-01-01&to=2040-03-31")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/backups", "/api/backups?system=oa&month=2040-01")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/important-periods", "/api/important-periods?system=invoice")
          .status(200, SERVICE_DESK, SECOND_LINE, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      // the OpenAPI description and Swagger UI: for every logged-in user (they show no data)
      row("GET /api/openapi", "/api/openapi").others(200),
      row("GET /api/openapi.yaml", "/api/openapi.yaml").others(200),
      row("GET /api/openapi/swagger-config", "/api/openapi/swagger-config").others(200),
      row("GET /api/docs", "/api/docs").others(200),
      // the ticket list, KPIs and period reports: managers read them (issue 13)
      row("GET /api/tickets", "/api/tickets?system=oa&size=5")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/kpis", "/api/kpis?system=oa&from=2040-01-01&to=2040-01-31")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/reports/{kind}", "/api/reports/monthly?system=oa&period=2040-01&format=xlsx")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      // the disaster-recovery drill register (contract C): managers read it
      row("GET /api/dr-drills", "/api/dr-drills?system=invoice&year=2040")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/hardening-findings", "/api/hardening-findings?system=invoice&status=open")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      // the archive register (B-2.4.6.3): the document administrator and managers read it
      row("GET /api/archive/documents", "/api/archive/documents?system=oa")
          .status(200, DOCUMENT_ADMIN, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/archive/loans", "/api/archive/loans?status=overdue")
          .status(200, DOCUMENT_ADMIN, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403),
      row("GET /api/admin/login-delays", "/api/admin/login-delays").others(403),
      row("DELETE /api/admin/login-delays/{userId}", "/api/admin/login-delays/nobody").others(403),
      // contingency plans (risk-review): managers read them
      row("GET /api/contingency-plans", "/api/contingency-plans?system=invoice")
          .status(200, PROJECT_MANAGER, TEAM_LEAD, SYSTEM_OWNER, BUREAU_IT).others(403));

  @Test
  void shouldHaveARowForEveryApiMapping() {
    Set<String> mapped = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        String consumes = info.getConsumesCondition().getConsumableMediaTypes().stream().map(MediaType::toString)
            .sorted().collect(Collectors.joining(","));
        for (var method : info.getMethodsCondition().getMethods()) {
          mapped.add(method + " " + pattern + (consumes.isEmpty() ? "" : " [" + consumes + "]"));
        }
      }
    }
    Set<String> rows = API.stream().map(Row::mapping).collect(Collectors.toCollection(TreeSet::new));

    assertThat(rows).as("rows of the matrix; a new /api mapping needs a row saying who may call it")
        .containsExactlyInAnyOrderElementsOf(mapped);
  }

  @Test
  void shouldAnswerEveryGroupOnEveryApiEndpointAsTheTableSays() {
    Map<String, String> differences = new TreeMap<>();
    for (Row row : API) {
      String path = row.path().replace(TICKET, ticket);
      for (Map.Entry<String, String> object : created.entrySet()) {
        path = path.replace(NEW.formatted(object.getKey()), object.getValue());
      }
      assertThat(path).as("%s: an object it names was not created by a row before", row.mapping())
          .doesNotContain("{new:");
      assertThat(send(null, row, path)).as("%s without credentials", row.mapping()).isEqualTo(401);
      Map<String, Integer> actual = new LinkedHashMap<>();
      for (String group : GROUPS) {
        actual.put(group, send(group, row, path));
      }
      if (!actual.equals(row.statusByGroup())) {
        differences.put(row.mapping(), "expected " + row.statusByGroup() + "\n   actual " + actual
            + "\n   as a row: " + asRow(row, actual));
      }
    }
    assertThat(differences).as("answers that differ from the table").isEmpty();
  }

  private int send(String group, Row row, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (group != null) {
      headers.setBasicAuth("demo-" + group, "demo");
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
    if (row.body() != null) {
      headers.setContentType(row.contentType());
    }
    ResponseEntity<String> answer = rest.exchange(path, row.method(), new HttpEntity<>(row.body(), headers),
        String.class);
    if (answer.getStatusCode().value() == 201 && path.matches("/api/[a-z-]+")) {
      remember(path.substring("/api/".length()), answer.getBody());
    }
    return answer.getStatusCode().value();
  }

  /** The first created object of a kind: its number from the answer ({@code problemNumber}, {@code ticketNumber}…). */
  private void remember(String kind, String body) {
    if (created.containsKey(kind)) {
      return;
    }
    try {
      Map<String, Object> answer = JSON.readValue(body, new TypeReference<Map<String, Object>>() { });
      answer.entrySet().stream().filter(e -> e.getKey().endsWith("Number")).findFirst()
          .ifPresent(e -> created.put(kind, (String) e.getValue()));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("answer of POST /api/" + kind + " is no JSON: " + body, e);
    }
  }

  /** The table line for observed answers (to write a new row after deciding that these answers are right). */
  private static String asRow(Row row, Map<String, Integer> actual) {
    Map<Integer, List<String>> byStatus = new TreeMap<>();
    actual.forEach((group, code) -> byStatus.computeIfAbsent(code, c -> new ArrayList<>()).add(group));
    int most = byStatus.entrySet().stream().max((a, b) -> a.getValue().size() - b.getValue().size())
        .map(Map.Entry::getKey).orElseThrow();
    StringBuilder line = new StringBuilder("row(\"" + row.mapping() + "\", \"" + row.path() + "\")");
    byStatus.forEach((code, groups) -> {
      if (code != most) {
        line.append(".status(").append(code).append(", ")
            .append(groups.stream().map(AuthorizationMatrixTest::constant).collect(Collectors.joining(", ")))
            .append(")");
      }
    });
    return line.append(".others(").append(most).append("),").toString();
  }

  private static String constant(String group) {
    return group.toUpperCase().replace('-', '_');
  }
}
