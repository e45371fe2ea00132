package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.scoring.ScoringDecisions.ScoreItem;
import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.ProcessDriver;
import com.opsflow.support.RestClient;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Attendance (B-2.4.5.1): the sign-in log imported as CSV and XLSX (all or nothing, 400 naming line and field), a
 * correction with its reason, who and when kept, the reading rights, and the evaluation pre-filled from it. March 2043
 * belongs to these tests alone (an import covers its days for every resident engineer).
 */
@OpsFlowIntegrationTest
class AttendanceRestTest {

  static final String ENGINEER = "demo-service-desk";

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;

  @AfterEach
  void resetClock() {
    ProcessDriver.resetClock();
  }

  ResponseEntity<Map<String, Object>> upload(String group, Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    headers.setBasicAuth("demo-" + group, "demo");
    return http.exchange("/api/attendance/import?name=sign-in.csv", HttpMethod.POST, new HttpEntity<>(body, headers),
        new ParameterizedTypeReference<Map<String, Object>>() { });
  }

  static MediaType csv() {
    return MediaType.parseMediaType("text/csv;charset=UTF-8");
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> day(ResponseEntity<Map<String, Object>> attendance, String date) {
    return ((List<Map<String, Object>>) attendance.getBody().get("days")).stream()
        .filter(d -> date.equals(d.get("date"))).findFirst().orElse(null);
  }

  static byte[] xlsx() throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("考勤");
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("工号");
      header.createCell(1).setCellValue("日期");
      header.createCell(2).setCellValue("签到");
      header.createCell(3).setCellValue("签退");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle timeStyle = workbook.createCellStyle();
      timeStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("hh:mm"));
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(ENGINEER);
      row.createCell(1).setCellValue(LocalDateTime.of(2043, 3, 10, 0, 0));
      row.getCell(1).setCellStyle(dateStyle);
      row.createCell(2).setCellValue((8 * 60 + 35) / 1440.0);
      row.getCell(2).setCellStyle(timeStyle);
      row.createCell(3).setCellValue("17:31");
      workbook.write(out);
      return out.toByteArray();
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void shouldImportTheSignInLogCorrectItAndPrefillTheEvaluationWithTheDates() throws Exception {
    RestClient bureau = RestClient.demo(http, "bureau-it");
    String log = """
        工号,日期,签到,签退
        demo-service-desk,2043-03-02,08:25,17:40
        demo-service-desk,2043-03-03,08:47,17:35
        demo-service-desk,2043-03-04,08:20,17:10
        demo-service-desk,2043-03-06,09:45,17:30
        demo-service-desk,2043-03-07,10:00,12:00
        demo-service-desk,2043-03-09,08:40,17:30
        """;

    // bad input: 400 naming line and field, and nothing of the file is kept
    ResponseEntity<Map<String, Object>> badTime = upload("bureau-it", log + "demo-service-desk,2043-03-10,8点,17:30\n", csv());
    assertThat(badTime.getStatusCode()).as("%s", badTime.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badTime.getBody().get("message")).contains("第 8 行 signIn");
    ResponseEntity<Map<String, Object>> stranger = upload("bureau-it", log + "nobody,2043-03-10,08:00,17:30\n", csv());
    assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) stranger.getBody().get("message")).contains("第 8 行 engineer");
    String read = "/api/attendance?engineer=" + ENGINEER + "&from=2043-03-01&to=2043-03-31";
    assertThat((List<?>) bureau.get(read).getBody().get("days")).as("nothing half imported").isEmpty();

    // "驻场技术支持人员考勤由采购方统一管理" (B-2.4.5.1): the bureau imports, the vendor's managers read
    assertThat(upload("project-manager", log, csv()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("service-desk", log, csv()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> imported = upload("bureau-it", log, csv());
    assertThat(imported.getStatusCode()).as("%s", imported.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(imported.getBody()).containsEntry("days", 6).containsEntry("coveredFrom", "2043-03-02")
        .containsEntry("coveredTo", "2043-03-09");
    ResponseEntity<Map<String, Object>> fromXlsx = upload("bureau-it", xlsx(),
        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    assertThat(fromXlsx.getStatusCode()).as("%s", fromXlsx.getBody()).isEqualTo(HttpStatus.CREATED);

    ResponseEntity<Map<String, Object>> march = RestClient.demo(http, "project-manager").get(read);
    assertThat(march.getStatusCode()).isEqualTo(HttpStatus.OK);
    // B-2.4.5.1(1)3) "8:30分未签入业务系统者视为迟到，17:30前签出业务系统者视为早退"
    assertThat(day(march, "2043-03-02")).containsEntry("verdict", "on-time");
    assertThat(day(march, "2043-03-03")).containsEntry("verdict", "late").containsEntry("lateOrEarly", 1);
    assertThat(day(march, "2043-03-04")).containsEntry("verdict", "early");
    // 3-05 has no sign-in on a working day: B-2.4.5.1(3)1) "未按规定请假不到岗者，一律视为旷工"
    assertThat(day(march, "2043-03-05")).containsEntry("verdict", "absent-no-sign-in").containsEntry("absent", true);
    // A-5.5.1/B-2.6.1 "旷工（迟到/早退 1小时算旷工）": 09:45 is 1 h 15 min late
    assertThat(day(march, "2043-03-06")).containsEntry("verdict", "absent-late").containsEntry("lateOrEarly", 0);
    assertThat(day(march, "2043-03-07")).containsEntry("workingDay", false).containsEntry("verdict", null);
    assertThat(day(march, "2043-03-10")).as("from the XLSX").containsEntry("signIn", "08:35:00")
        .containsEntry("verdict", "late");
    assertThat(day(march, "2043-03-11")).as("no import covers it: unknown, not absent").isNull();
    // "每月迟到/早退 3次以内例会进行批评，3次（含）以上的通报所属公司"
    assertThat((List<Map<String, Object>>) march.getBody().get("months")).singleElement().satisfies(m -> assertThat(m)
        .containsEntry("month", "2043-03").containsEntry("lateOrEarly", 4).containsEntry("absentDays", 2)
        .containsEntry("reportToVendor", true));
    assertThat(RestClient.demo(http, "second-line").get(read).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(bureau.get("/api/attendance?engineer=" + ENGINEER + "&from=2043-03-31&to=2043-03-01").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    // a correction needs its reason; who and when are kept, the imported times stay visible
    ResponseEntity<Map<String, Object>> noReason = bureau.post("/api/attendance/corrections", Map.of("engineer", ENGINEER,
        "date", "2043-03-05", "signIn", "08:15", "signOut", "17:45"));
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).containsEntry("field", "reason");
    assertThat(RestClient.demo(http, "team-lead").post("/api/attendance/corrections", Map.of("engineer", ENGINEER,
        "date", "2043-03-05", "signIn", "08:15", "reason", "补签")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> corrected = bureau.post("/api/attendance/corrections", Map.of("engineer", ENGINEER,
        "date", "2043-03-05", "signIn", "08:15", "signOut", "17:45", "reason", "当日在机房值守，门禁记录为证"));
    assertThat(corrected.getStatusCode()).as("%s", corrected.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(corrected.getBody()).containsEntry("verdict", "on-time").containsEntry("corrected", true);
    assertThat((List<Map<String, Object>>) corrected.getBody().get("corrections")).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("reason", "当日在机房值守，门禁记录为证")
            .containsEntry("correctedBy", "demo-bureau-it").containsKey("correctedAt"));

    // the evaluation of March (clock moved past its end) comes pre-filled with the dates as evidence
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2043, 4, 2, 9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
    ResponseEntity<Map<String, Object>> started = bureau.post("/api/evaluations", Map.of(Var.CONTRACT, "oa",
        Var.ENGINEER, ENGINEER, Var.PERIOD, "2043-03"));
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.CREATED);
    String pid = (String) started.getBody().get("processInstanceId");
    assertThat(runtime.getVariable(pid, Var.prefilled(ScoreItem.LATE_OR_EARLY))).isEqualTo(4);
    assertThat(runtime.getVariable(pid, Var.prefilled(ScoreItem.ABSENT))).isEqualTo(1);
    assertThat((String) runtime.getVariable(pid, Var.evidence(ScoreItem.LATE_OR_EARLY)))
        .contains("2043-03-03", "2043-03-04", "2043-03-09", "2043-03-10");
    assertThat((String) runtime.getVariable(pid, Var.evidence(ScoreItem.ABSENT))).contains("2043-03-06")
        .doesNotContain("2043-03-05");
    assertThat((String) runtime.getVariable(pid, Var.INFORMATION)).contains("应通报所属公司");
  }
}
