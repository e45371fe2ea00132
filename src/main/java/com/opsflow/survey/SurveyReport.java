package com.opsflow.survey;

import com.opsflow.document.DocxWriter;
import com.opsflow.document.TicketReports;
import com.opsflow.survey.SurveyRegister.StoredAction;
import com.opsflow.survey.SurveyRegister.Survey;
import com.opsflow.ticket.SupportedSystems;
import com.opsflow.ticket.TicketTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * 满意度调查报告 (B-2.3.13(3)3 形成调查报告): the plan, average rating per question, satisfaction rate, the
 * respondents' comments and the improvement actions with their owners, as a DOCX kept with the ticket.
 */
@Service
public class SurveyReport {

  public static final String FILE_SUFFIX = "-满意度调查报告.docx";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final SurveyRegister register;
  private final TicketReports reports;
  private final TicketTime time;

  SurveyReport(SurveyRegister register, TicketReports reports, TicketTime time) {
    this.register = register;
    this.reports = reports;
    this.time = time;
  }

  public byte[] issue(String number, String actor) {
    return reports.keep(number, SatisfactionSurveyProcess.REPORT_KIND, FILE_SUFFIX, write(number), actor);
  }

  byte[] write(String number) {
    Survey s = register.find(number).orElseThrow(() -> new IllegalStateException("No survey " + number));
    SurveySummary summary = SurveySummary.of(s.questions(), register.answers(number));
    List<StoredAction> actions = register.actions(number);
    try (DocxWriter doc = new DocxWriter()) {
      doc.title("满意度调查报告");
      doc.heading("一、调查计划");
      doc.table(List.of("项目", "内容"), List.of(
          List.of("调查编号", number),
          List.of("系统", SupportedSystems.name(s.system())),
          List.of("调查主题", s.title()),
          List.of("调查时间", s.periodFrom() + " 至 " + s.periodTo()),
          List.of("被调查人员", s.respondents()),
          List.of("调查人员", s.surveyor()),
          List.of("报告时间", TIME.format(time.localNow()))));
      doc.heading("二、调查结果");
      doc.text("回收答卷 " + summary.respondents() + " 份；满意度（评 4–5 分的比例）"
          + (summary.satisfactionRate() == null ? "—" : summary.satisfactionRate().toPlainString() + "%")
          + "；总平均分 " + (summary.average() == null ? "—" : summary.average().toPlainString()) + " / 5。");
      List<List<String>> rows = new ArrayList<>();
      for (int q = 0; q < s.questions().size(); q++) {
        rows.add(List.of(String.valueOf(q + 1), s.questions().get(q),
            summary.averages().get(q) == null ? "—" : summary.averages().get(q).toPlainString()));
      }
      doc.table(List.of("序号", "调查问题", "平均分（1–5）"), rows);
      doc.heading("三、意见和建议");
      doc.text(summary.comments().isEmpty() ? "无" : String.join("\n", summary.comments()));
      doc.heading("四、改进措施");
      if (actions.isEmpty()) {
        doc.text("无");
      } else {
        List<List<String>> actionRows = new ArrayList<>();
        for (StoredAction a : actions) {
          actionRows.add(List.of(String.valueOf(a.position()), a.text(),
              SatisfactionSurveyProcess.ACTION_GROUPS.getOrDefault(a.group(), a.group()),
              SurveyRegister.DONE.equals(a.status()) ? "已落实：" + a.result() : "落实中"));
        }
        doc.table(List.of("序号", "改进措施", "负责", "落实情况"), actionRows);
      }
      return doc.bytes();
    }
  }
}
