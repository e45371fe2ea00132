package com.opsflow.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.opsflow.calendar.BusinessCalendarService;
import com.opsflow.mail.NotificationProcess;
import com.opsflow.support.OpsFlowIntegrationTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * B-2.4.5.1(1)3)「每月迟到/早退 3次以内例会进行批评，3次（含）以上的通报所属公司」: the third late or early of an engineer's
 * month sends the month's list to the vendor's company (configured recipients, by default its project managers), by an
 * asynchronous, retried notification — once per engineer and month, whatever later imports or corrections add. June
 * 2045 belongs to this test alone.
 */
@OpsFlowIntegrationTest
class AttendanceVendorReportTest {

  static final String ENGINEER = "demo-service-desk";

  @Autowired
  AttendanceService attendance;
  @Autowired
  BusinessCalendarService calendar;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;

  List<LocalDate> workingDaysOfJune2045() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2045, 6, 1); d.getMonthValue() == 6; d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        days.add(d);
      }
    }
    return days;
  }

  List<ProcessInstance> reports() {
    return runtime.createProcessInstanceQuery().processDefinitionKey(NotificationProcess.KEY).list().stream()
        .filter(p -> p.getBusinessKey() != null && p.getBusinessKey().startsWith("ATT-20450601-")).toList();
  }

  static AttendanceLog.Entry late(LocalDate day) {
    return new AttendanceLog.Entry(1, ENGINEER, day, LocalTime.of(8, 40), LocalTime.of(17, 35));
  }

  @Test
  void shouldReportTheThirdLateOrEarlyOfAMonthToTheVendorsCompanyOnce() throws Exception {
    List<LocalDate> days = workingDaysOfJune2045();
    attendance.importLog(List.of(late(days.get(0)), late(days.get(1))), "week-1.csv", "demo-team-lead");
    assertThat(reports()).as("2 late in the month: criticised at the meeting, not reported").isEmpty();

    attendance.importLog(List.of(new AttendanceLog.Entry(1, ENGINEER, days.get(2), LocalTime.of(8, 25),
        LocalTime.of(17, 10))), "week-2.csv", "demo-team-lead");

    assertThat(reports()).singleElement().satisfies(report -> {
      assertThat(runtime.getVariable(report.getId(), NotificationProcess.TEMPLATE)).isEqualTo("attendance-vendor-report");
      assertThat(runtime.getVariable(report.getId(), NotificationProcess.RECIPIENTS)).isEqualTo("project-manager");
      assertThat((String) runtime.getVariable(report.getId(), NotificationProcess.NOTE))
          .contains(ENGINEER, "2045-06", "3 次", days.get(0).toString(), days.get(1).toString(), days.get(2) + " 早退");
    });

    attendance.importLog(List.of(late(days.get(3))), "week-3.csv", "demo-team-lead");
    attendance.correct(ENGINEER, days.get(4), LocalTime.of(9, 0), LocalTime.of(17, 30), "补录：当日签到晚于 8:30",
        "demo-team-lead");
    assertThat(reports()).as("once per engineer and month").hasSize(1);

    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    try {
      ProcessInstance report = reports().get(0);
      management.createJobQuery().processInstanceId(report.getId()).list()
          .forEach(j -> management.executeJob(j.getId()));
      MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
          .filter(m -> GreenMailUtil.getBody(m) != null && subject(m).contains(report.getBusinessKey())).findFirst()
          .orElseThrow();
      assertThat(subject(mail)).startsWith("【OpsFlow】驻场人员考勤通报");
      assertThat(mail.getAllRecipients()).extracting(Object::toString).contains("demo-project-manager@opsflow.local");
    } finally {
      smtp.stop();
    }
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
