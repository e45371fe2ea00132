package com.opsflow.attendance;

import com.opsflow.engine.CurrentUser;
import com.opsflow.intake.ActionNotAllowedException;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.security.OpsFlowGroups;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Attendance over HTTP. "驻场技术支持人员考勤由采购方统一管理" (B-2.4.5.1): the bureau (bureau-it) imports the sign-in log
 * and corrects days; the bureau, the system owners and the vendor's project manager and team lead read it.
 */
@RestController
class AttendanceController {

  static final Set<String> WRITERS = Set.of(OpsFlowGroups.BUREAU_IT, OpsFlowGroups.ADMIN);
  static final Set<String> READERS = Set.of(OpsFlowGroups.BUREAU_IT, OpsFlowGroups.SYSTEM_OWNER,
      OpsFlowGroups.PROJECT_MANAGER, OpsFlowGroups.TEAM_LEAD, OpsFlowGroups.ADMIN);
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final AttendanceService attendance;
  private final IdentityService identity;

  AttendanceController(AttendanceService attendance, IdentityService identity) {
    this.attendance = attendance;
    this.identity = identity;
  }

  /**
   * The sign-in log as CSV ({@code text/csv}, {@code text/plain}) or as a workbook (XLSX). One mapping decides by the
   * content type, so a request without one gets the role check and then 415 with the reason, not an ambiguous 500.
   */
  @PostMapping("/api/attendance/import")
  ResponseEntity<?> importLog(@RequestBody(required = false) byte[] body, @RequestParam(required = false) String name,
      @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
    String user = allowed(WRITERS, "只有采购方信息技术部门可以导入考勤记录 / only the bureau imports the sign-in log");
    MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
    if (type != null && type.isCompatibleWith(MediaType.parseMediaType(XLSX))) {
      return ResponseEntity.status(HttpStatus.CREATED).body(attendance.importLog(AttendanceLog.parseXlsx(body), name, user));
    }
    if (type != null && (type.isCompatibleWith(MediaType.parseMediaType("text/csv"))
        || type.isCompatibleWith(MediaType.TEXT_PLAIN))) {
      String text = body == null ? null : new String(body, type.getCharset() == null ? StandardCharsets.UTF_8
          : type.getCharset());
      return ResponseEntity.status(HttpStatus.CREATED).body(attendance.importLog(AttendanceLog.parseCsv(text), name, user));
    }
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).body(Map.of("error", "unsupported-media-type",
        "message", "考勤记录须为 CSV（text/csv）或 Excel 工作簿（" + XLSX + "）/ send the sign-in log as text/csv or XLSX"));
  }

  /** {"engineer", "date", "signIn", "signOut", "reason"}: empty times = not signed. */
  @PostMapping("/api/attendance/corrections")
  ResponseEntity<AttendanceService.DayView> correct(@RequestBody Map<String, Object> body) {
    String user = allowed(WRITERS, "只有采购方信息技术部门可以更正考勤 / only the bureau corrects attendance");
    for (String key : body.keySet()) {
      if (!List.of("engineer", "date", "signIn", "signOut", "reason").contains(key)) {
        throw new InvalidInputException(key, "未知字段 " + key + " / unknown field '" + key + "'");
      }
    }
    LocalDate date = date("date", text(body, "date"));
    return ResponseEntity.status(HttpStatus.CREATED).body(attendance.correct(text(body, "engineer"), date,
        time("signIn", text(body, "signIn")), time("signOut", text(body, "signOut")), text(body, "reason"), user));
  }

  @GetMapping("/api/attendance")
  AttendanceService.Attendance read(@RequestParam(required = false) String engineer,
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    allowed(READERS, "只有采购方和服务商项目经理/组长可以查看考勤 / only the bureau and the vendor's managers read attendance");
    if (engineer == null || engineer.isBlank()) {
      throw new InvalidInputException("engineer", "参数 engineer 必填 / parameter 'engineer' is required");
    }
    return attendance.attendance(engineer.trim(), date("from", from), date("to", to));
  }

  private String allowed(Set<String> groups, String message) {
    if (!CurrentUser.inAny(identity, groups)) {
      throw new ActionNotAllowedException("attendance", message);
    }
    return CurrentUser.of(identity);
  }

  private static String text(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String)) {
      throw new InvalidInputException(key, "字段 " + key + " 应为文本 / field '" + key + "' must be text");
    }
    return value == null || ((String) value).isBlank() ? null : ((String) value).trim();
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "字段 " + field + "（日期）必填 / field '" + field + "' is required");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "字段 " + field + " 应为 yyyy-MM-dd，收到 '" + text + "' / field '" + field
          + "' must be a date");
    }
  }

  private static LocalTime time(String field, String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "字段 " + field + " 应为 HH:mm，收到 '" + text + "' / field '" + field
          + "' must be a time");
    }
  }
}
