package com.opsflow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.evaluation.InvoiceSheet.Line;
import com.opsflow.evaluation.InvoiceSheet.Score;
import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The configurable invoice sheet: startup validation of the configured lines and the evaluator's text. */
class InvoiceSheetTest {

  static final InvoiceSheet SHEET = new InvoiceSheet(List.of(line("response", "响应及时性", "30"),
      line("resolution", "问题解决", "30"), line("documents", "文档管理", "20"), line("service", "服务态度", "20")));

  static Line line(String code, String label, String max) {
    return new Line(code, label, new BigDecimal(max));
  }

  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withUserConfiguration(InvoiceSheetConfiguration.class);

  @Test
  void shouldParseEveryLineByCodeOrByLabelAndSumThem() {
    List<Score> scores = SHEET.parse("""
        # 代码,名称,得分
        response,响应及时性,28
        resolution，问题解决，27.5

        文档管理：18
        服务态度:20
        """);

    assertThat(scores).extracting(s -> s.line().code()).containsExactly("response", "resolution", "documents", "service");
    assertThat(scores).extracting(Score::points).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("28"), new BigDecimal("27.5"), new BigDecimal("18"), new BigDecimal("20"));
    assertThat(InvoiceSheet.total(scores)).isEqualByComparingTo("93.5");
  }

  @Test
  void shouldPrefillTheConfiguredLinesAndShowTheirMaxima() {
    assertThat(SHEET.template()).isEqualTo("response,响应及时性,\nresolution,问题解决,\ndocuments,文档管理,\nservice,服务态度,\n");
    assertThat(SHEET.guide()).contains("response 响应及时性：满分 30", "service 服务态度：满分 20");
    assertThat(InvoiceSheet.DEFAULT.template()).isEqualTo("overall,考核评级表总分,\n");
    assertThat(InvoiceSheet.DEFAULT.parse("overall,考核评级表总分,92.5")).singleElement()
        .satisfies(s -> assertThat(s.points()).isEqualByComparingTo("92.5"));
  }

  @Test
  void shouldRefuseAMissingLineNamingIt() {
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,28\nresolution,问题解决,27\nservice,服务态度,20"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("缺少评级表项目“文档管理”（documents）")
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(Var.INVOICE_SHEET));
    assertThatThrownBy(() -> SHEET.parse(null)).hasMessageContaining("“响应及时性”（response）");
  }

  @Test
  void shouldRefuseADuplicateLineNamingIt() {
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,28\n响应及时性：20\nresolution,问题解决,27\n"
        + "documents,文档管理,18\nservice,服务态度,20")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“响应及时性”（response）填写了不止一次");
  }

  @Test
  void shouldRefusePointsAboveTheMaximumBelowZeroOrNotANumberNamingTheLine() {
    String rest = "\nresolution,问题解决,27\ndocuments,文档管理,18\nservice,服务态度,20";
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,31" + rest)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("“响应及时性”（response）的得分应在 0 至 30 之间");
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,-1" + rest)).hasMessageContaining("0 至 30");
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,27.25" + rest)).hasMessageContaining("最多一位小数");
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性,良好" + rest)).hasMessageContaining("应为数字，收到“良好”");
    assertThatThrownBy(() -> SHEET.parse("response,响应及时性," + rest)).hasMessageContaining("“响应及时性”（response）未填得分");
    assertThatThrownBy(() -> SHEET.parse("安全管理：10\n" + rest)).hasMessageContaining("第 1 行“安全管理：10”不是评级表中的项目");
  }

  @Test
  void shouldRefuseASheetWhoseMaximaDoNotSumTo100OrWithDuplicateCodes() {
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("response", "响应", "30"), line("service", "服务", "60"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sum to 100").hasMessageContaining("90");
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("response", "响应", "50"), line("response", "服务", "50"))))
        .hasMessageContaining("duplicate code response");
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("a", "响应", "50"), line("b", "响应", "50"))))
        .hasMessageContaining("duplicate label");
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("Bad Code", "响应", "100")))).hasMessageContaining("code");
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("a", "响应,及时", "100")))).hasMessageContaining("label");
    assertThatThrownBy(() -> new InvoiceSheet(List.of(line("a", "响应", "0"), line("b", "服务", "100"))))
        .hasMessageContaining("max");
    assertThatThrownBy(() -> new InvoiceSheet(List.of())).hasMessageContaining("at least one line");
  }

  @Test
  void shouldBindTheConfiguredLinesAndRefuseToStartWithABadSheet() {
    context.run(c -> assertThat(c.getBean(InvoiceSheet.class).lines()).isEqualTo(InvoiceSheet.DEFAULT.lines()));
    context.withPropertyValues("opsflow.scoring.invoice-sheet[0].code=response",
        "opsflow.scoring.invoice-sheet[0].label=响应及时性", "opsflow.scoring.invoice-sheet[0].max=40",
        "opsflow.scoring.invoice-sheet[1].code=service", "opsflow.scoring.invoice-sheet[1].label=服务态度",
        "opsflow.scoring.invoice-sheet[1].max=60")
        .run(c -> assertThat(c.getBean(InvoiceSheet.class).lines()).extracting(Line::code).containsExactly("response", "service"));
    context.withPropertyValues("opsflow.scoring.invoice-sheet[0].code=response",
        "opsflow.scoring.invoice-sheet[0].label=响应及时性", "opsflow.scoring.invoice-sheet[0].max=90")
        .run(c -> assertThat(c).hasFailed().getFailure().rootCause().hasMessageContaining("sum to 100"));
  }
}
