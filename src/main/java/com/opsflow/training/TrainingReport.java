package com.opsflow.training;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import com.opsflow.training.TrainingRegister.Result;
import com.opsflow.training.TrainingRegister.Trainee;
import com.opsflow.training.TrainingRegister.Training;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 培训结果报告 (B-2.3.12(5) 结果上报): the plan, the exam results of every round per trainee and the final
 * pass rate, as a DOCX kept with the training's ticket and attached to the mail to the bureau.
 */
@Service
public class TrainingReport {

  public static final String FILE_SUFFIX = "-培训结果报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final TrainingRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  TrainingReport(TrainingRegister register, TicketReports reports, TicketTime time) {
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  public byte[] issue(String number, String actor) {
    return reports.keep(number, TrainingProcess.REPORT_KIND, FILE_SUFFIX, write(number), actor);
  }

  byte[] write(String number) {
    Training t = register.find(number).orElseThrow(() -> new IllegalStateException("No training " + number));
    List<Trainee> trainees = register.trainees(number);
    List<Result> results = register.results(number);
    long passed = trainees.stream().filter(Trainee::passed).count();
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("应用系统运维培训结果报告");
      doc.heading("一、培训概况");
      doc.table(List.of("项目", "内容"), List.of(
          List.of("培训编号", number),
          List.of("系统", SupportedSystems.name(t.system())),
          List.of("培训主题", t.topic()),
          List.of("培训时间", TIME.format(t.trainingAt())),
          List.of("培训地点", t.place()),
          List.of("培训讲师", t.teacher()),
          List.of("培训教材与课件", t.material()),
          List.of("实际授课", t.deliveredAt() == null ? "—" : TIME.format(t.deliveredAt())),
          List.of("报告时间", TIME.format(time.localNow()))));
      doc.heading("二、考核结果");
      doc.text("培训对象 " + trainees.size() + " 人，通过 " + passed + " 人，通过率 " + PassRate.of((int) passed,
          trainees.size()).toPlainString() + "%（要求不低于 90%），及格分 " + t.passMark().stripTrailingZeros().toPlainString()
          + " 分，共考试 " + t.rounds() + " 轮；未通过的学员经重新培训后重新考试。");
      List<List<String>> rows = new ArrayList<>();
      for (Trainee trainee : trainees) {
        String scores = results.stream().filter(r -> r.trainee().equals(trainee.name()))
            .map(r -> "第" + r.round() + "轮 " + r.score().stripTrailingZeros().toPlainString() + (r.passed() ? "" : "（不及格）"))
            .collect(Collectors.joining("；"));
        rows.add(List.of(trainee.name(), scores, trainee.passed() ? "通过（第 " + trainee.passedRound() + " 轮）" : "未通过"));
      }
      doc.table(List.of("学员", "各轮成绩", "结果"), rows);
      List<String> failed = trainees.stream().filter(x -> !x.passed()).map(Trainee::name).toList();
      if (!failed.isEmpty()) {
        doc.text("仍未通过的学员：" + String.join("、", failed) + "，由项目组长安排继续辅导。");
      }
      return doc.bytes();
    }
  }
}
