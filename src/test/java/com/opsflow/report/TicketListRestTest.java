package com.opsflow.report;

import static com.opsflow.support.TicketRows.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.opsflow.support.OpsFlowIntegrationTest;
import com.opsflow.support.RestClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/tickets}: filters, sorting and paging on tickets written with known values (March 2034, which no
 * other test touches), the XLSX export read back with POI, and who may read it.
 */
@OpsFlowIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketListRestTest {

  static final String MARCH = "from=2034-03-01&to=2034-03-31";
  static final LocalDateTime T0 = LocalDateTime.of(2034, 3, 3, 9, 0);

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  void tickets() {
    ticket(jdbc, "INC-20340303-9001").system("oa").priority("P2").summary("公文流转卡在待办").created(T0)
        .responded(T0.plusMinutes(10), T0.plusMinutes(30)).resolved(T0.plusHours(2), T0.plusHours(4), "重新推送待办")
        .closed(T0.plusHours(3)).insert();
    ticket(jdbc, "INC-20340310-9001").system("tips").priority("P1").channel("wechat").summary("扣款状态不明")
        .created(T0.plusDays(7)).responded(T0.plusDays(7).plusMinutes(40), T0.plusDays(7).plusMinutes(30))
        .escalated().major().insert();
    ticket(jdbc, "PRB-20340320-9001").type("problem").system("oa").priority("P3").summary("公文模板缺字段")
        .created(T0.plusDays(17)).insert();
    ticket(jdbc, "INC-20340405-9001").system("oa").summary("四月的工单").created(T0.plusMonths(1)).insert();
  }

  RestClient manager() {
    return RestClient.demo(http, "project-manager");
  }

  @Test
  void shouldSelectTicketsCreatedInThePeriodSortedAndPaged() {
    Map<String, Object> first = manager().get("/api/tickets?" + MARCH + "&sort=createdAt,asc&size=2").getBody();
    assertThat(first).containsEntry("total", 3).containsEntry("page", 0).containsEntry("size", 2);
    assertThat(numbers(first)).containsExactly("INC-20340303-9001", "INC-20340310-9001");
    Map<String, Object> second = manager().get("/api/tickets?" + MARCH + "&sort=createdAt,asc&size=2&page=1").getBody();
    assertThat(numbers(second)).containsExactly("PRB-20340320-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&sort=priority,desc").getBody()))
        .containsExactly("PRB-20340320-9001", "INC-20340303-9001", "INC-20340310-9001");
  }

  @Test
  void shouldFilterBySystemKindSlaEscalationChannelAndText() {
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&system=oa").getBody()))
        .containsExactlyInAnyOrder("INC-20340303-9001", "PRB-20340320-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&kind=INC").getBody()))
        .containsExactlyInAnyOrder("INC-20340303-9001", "INC-20340310-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&kind=problem").getBody()))
        .containsExactly("PRB-20340320-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&sla=missed").getBody()))
        .containsExactly("INC-20340310-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&sla=met").getBody()))
        .containsExactly("INC-20340303-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&escalated=true").getBody()))
        .containsExactly("INC-20340310-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&channel=wechat&priority=P1").getBody()))
        .containsExactly("INC-20340310-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&status=closed&closedFrom=2034-03-03&closedTo=2034-03-03")
        .getBody())).containsExactly("INC-20340303-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&q=公文").getBody()))
        .containsExactlyInAnyOrder("INC-20340303-9001", "PRB-20340320-9001");
    assertThat(numbers(manager().get("/api/tickets?" + MARCH + "&major=true").getBody()))
        .containsExactly("INC-20340310-9001");
  }

  /** The dashboard's backlog link: open at a moment as the KPIs count it (created before, neither resolved nor closed). */
  @Test
  void shouldListTheTicketsOpenAtTheEndOfTheDayLikeTheBacklog() {
    assertThat(numbers(manager().get("/api/tickets?kind=incident&system=oa&openAt=2034-03-03").getBody()))
        .as("resolved the same day").doesNotContain("INC-20340303-9001");
    assertThat(numbers(manager().get("/api/tickets?kind=incident&openAt=2034-03-31&from=2034-01-01").getBody()))
        .contains("INC-20340310-9001").doesNotContain("INC-20340303-9001", "INC-20340405-9001");
    assertThat(numbers(manager().get("/api/tickets?kind=incident&openAt=2034-03-03T10:00&from=2034-01-01").getBody()))
        .as("at 10:00, before its resolution at 11:00").contains("INC-20340303-9001");
    assertThat(manager().get("/api/tickets?major=yes").getStatusCode().value()).isEqualTo(400);
    assertThat(manager().get("/api/tickets?openAt=March").getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void shouldExportTheSelectionAsIncidentListWorkbook() throws IOException {
    ResponseEntity<byte[]> answer = bytes("demo-system-owner", "/api/tickets?" + MARCH + "&kind=incident"
        + "&sort=number,asc&format=xlsx");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("事件处理清单.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      XSSFSheet sheet = book.getSheet("事件处理清单");
      assertThat(sheet.getLastRowNum()).isEqualTo(2);
      Row header = sheet.getRow(0);
      assertThat(header.getCell(0).getStringCellValue()).isEqualTo("工单编号");
      assertThat(header.getCell(IncidentListSheet.HEADERS.indexOf("解决是否达标")).getStringCellValue())
          .isEqualTo("解决是否达标");
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:W3");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      Row first = sheet.getRow(1);
      assertThat(first.getCell(0).getStringCellValue()).isEqualTo("INC-20340303-9001");
      assertThat(first.getCell(2).getStringCellValue()).isEqualTo("税务综合办公信息系统");
      var created = first.getCell(IncidentListSheet.HEADERS.indexOf("登记时间"));
      assertThat(DateUtil.isCellDateFormatted(created)).isTrue();
      assertThat(created.getLocalDateTimeCellValue()).isEqualTo(T0);
      assertThat(first.getCell(IncidentListSheet.HEADERS.indexOf("解决是否达标")).getStringCellValue()).isEqualTo("达标");
      assertThat(first.getCell(IncidentListSheet.HEADERS.indexOf("解决方案")).getStringCellValue()).isEqualTo("重新推送待办");
      Row second = sheet.getRow(2);
      assertThat(second.getCell(IncidentListSheet.HEADERS.indexOf("响应是否达标")).getStringCellValue()).isEqualTo("未达标");
      assertThat(second.getCell(IncidentListSheet.HEADERS.indexOf("升级次数")).getNumericCellValue()).isEqualTo(1.0);
      assertThat(second.getCell(IncidentListSheet.HEADERS.indexOf("状态")).getStringCellValue()).isEqualTo("已升级");
    }
  }

  @Test
  void shouldLetManagersReadAndRefuseDeskVendorAndReporter() {
    for (String group : List.of("project-manager", "team-lead", "system-owner", "bureau-it")) {
      assertThat(RestClient.demo(http, group).get("/api/tickets?" + MARCH).getStatusCode()).as(group)
          .isEqualTo(HttpStatus.OK);
    }
    for (String group : List.of("service-desk", "vendor", "reporter")) {
      assertThat(RestClient.demo(http, group).get("/api/tickets?" + MARCH).getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(bytes("demo-" + group, "/api/tickets?format=xlsx").getStatusCode()).as(group)
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(RestClient.anonymous(http).get("/api/tickets").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void shouldRefuseUnknownSortColumnAndBadDates() {
    assertThat(manager().get("/api/tickets?sort=reporter").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager().get("/api/tickets?from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(manager().get("/api/tickets?size=100000").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @SuppressWarnings("unchecked")
  static List<String> numbers(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("tickets")).stream().map(t -> (String) t.get("ticketNumber")).toList();
  }

  ResponseEntity<byte[]> bytes(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, "demo");
    return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }
}
