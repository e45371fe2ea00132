package com.opsflow.evaluation;

import com.opsflow.evaluation.ServiceEvaluationProcess.Var;
import com.opsflow.intake.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bureau's 100-point 《运维厂商考核评级表》 for {@code invoice} (seed C), as configured in
 * {@code opsflow.scoring.invoice-sheet}: lines of code, Chinese label and maximum points whose maxima sum to
 * 100 (checked at startup). The seeds do not contain the sheet (docs/adr/0006), so the default is one line
 * {@code overall} 考核评级表总分 (max 100). The evaluator enters the points per line as text, one line each:
 * {@code 代码,名称,得分} (as pre-filled) or {@code 名称：得分}; {@link #parse} accepts every configured line exactly
 * once with 0 ≤ points ≤ max (at most one decimal) and refuses anything else naming the line.
 */
public final class InvoiceSheet {

  /** One configured line; {@code max} points, whole or with one decimal. */
  public record Line(String code, String label, BigDecimal max) {
  }

  /** The evaluator's points on one line. */
  public record Score(Line line, BigDecimal points) {
  }

  public static final BigDecimal TOTAL = BigDecimal.valueOf(100);
  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  /** Separators: ASCII and full-width comma and colon, tab. */
  private static final Pattern SEPARATOR = Pattern.compile("[,，:：\\t]");

  /** The default when nothing is configured: the whole sheet as one line (nothing invented). */
  public static final InvoiceSheet DEFAULT = new InvoiceSheet(List.of(new Line("overall", "考核评级表总分", TOTAL)));

  private final List<Line> lines;

  /** @throws IllegalArgumentException when the lines are not a valid 100-point sheet (refuses startup) */
  public InvoiceSheet(List<Line> lines) {
    if (lines == null || lines.isEmpty()) {
      throw new IllegalArgumentException("opsflow.scoring.invoice-sheet: at least one line is needed");
    }
    Map<String, Line> byCode = new LinkedHashMap<>();
    Map<String, Line> byLabel = new LinkedHashMap<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Line line : lines) {
      if (line == null || line.code() == null || !CODE.matcher(line.code()).matches()) {
        throw new IllegalArgumentException("opsflow.scoring.invoice-sheet: code must match " + CODE + ", was "
            + (line == null ? null : line.code()));
      }
      if (line.label() == null || line.label().isBlank() || SEPARATOR.matcher(line.label()).find()) {
        throw new IllegalArgumentException("opsflow.scoring.invoice-sheet[" + line.code()
            + "]: label is required and must not contain a comma, colon or tab");
      }
      if (line.max() == null || line.max().signum() <= 0 || line.max().stripTrailingZeros().scale() > 1) {
        throw new IllegalArgumentException("opsflow.scoring.invoice-sheet[" + line.code()
            + "]: max must be a positive number with at most one decimal, was " + line.max());
      }
      if (byCode.put(line.code(), line) != null) {
        throw new IllegalArgumentException("opsflow.scoring.invoice-sheet: duplicate code " + line.code());
      }
      if (byLabel.put(line.label().trim(), line) != null) {
        throw new IllegalArgumentException("opsflow.scoring.invoice-sheet: duplicate label " + line.label());
      }
      sum = sum.add(line.max());
    }
    if (sum.compareTo(TOTAL) != 0) {
      throw new IllegalArgumentException("opsflow.scoring.invoice-sheet: the maxima must sum to 100, they sum to "
          + sum.stripTrailingZeros().toPlainString());
    }
    this.lines = List.copyOf(lines);
  }

  public List<Line> lines() {
    return lines;
  }

  /** The editable text the form is pre-filled with: {@code 代码,名称,} per line, points to be appended. */
  public String template() {
    StringBuilder s = new StringBuilder();
    for (Line line : lines) {
      s.append(line.code()).append(',').append(line.label().trim()).append(",\n");
    }
    return s.toString();
  }

  /** The read-only guide next to it: each line with its maximum. */
  public String guide() {
    List<String> text = new ArrayList<>();
    for (Line line : lines) {
      text.add(line.code() + " " + line.label().trim() + "：满分 " + plain(line.max()));
    }
    return String.join("\n", text);
  }

  /**
   * The evaluator's text → one score per configured line, in the configured order.
   *
   * @throws InvalidInputException naming {@code invoiceSheet} and the line: unknown, duplicate, missing, no or a bad
   *     number, below 0 or above the line's maximum
   */
  public List<Score> parse(Object raw) {
    String text = raw == null ? "" : raw.toString();
    Map<String, Score> scores = new LinkedHashMap<>();
    int row = 0;
    for (String rawLine : text.split("\\R")) {
      row++;
      String entry = rawLine.trim();
      if (entry.isEmpty() || entry.startsWith("#")) {
        continue;
      }
      String[] parts = SEPARATOR.split(entry, -1);
      Line line = parts.length < 2 ? null : find(parts);
      if (line == null) {
        throw refused("第 " + row + " 行“" + entry + "”不是评级表中的项目（应为“代码,名称,得分”或“名称：得分”，项目："
            + codes() + "）", "line " + row + " is not a line of the sheet: " + entry);
      }
      String number = parts[parts.length - 1].trim();
      if (number.isEmpty()) {
        throw refused(name(line) + "未填得分", name(line) + " has no points");
      }
      BigDecimal points;
      try {
        points = new BigDecimal(number);
      } catch (NumberFormatException e) {
        throw refused(name(line) + "的得分应为数字，收到“" + number + "”", name(line) + " points are not a number: " + number);
      }
      if (points.signum() < 0 || points.compareTo(line.max()) > 0 || points.stripTrailingZeros().scale() > 1) {
        throw refused(name(line) + "的得分应在 0 至 " + plain(line.max()) + " 之间（最多一位小数），收到 " + number,
            name(line) + " points must be from 0 to " + plain(line.max()) + ", was " + number);
      }
      if (scores.put(line.code(), new Score(line, points)) != null) {
        throw refused(name(line) + "填写了不止一次", name(line) + " is given more than once");
      }
    }
    List<Score> result = new ArrayList<>();
    for (Line line : lines) {
      Score score = scores.get(line.code());
      if (score == null) {
        throw refused("缺少评级表项目" + name(line) + "的得分", name(line) + " is missing");
      }
      result.add(score);
    }
    return result;
  }

  /** The period score: the sum of the lines. */
  public static BigDecimal total(List<Score> scores) {
    return scores.stream().map(Score::points).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** By code (first field), else by label (everything before the points). */
  private Line find(String[] parts) {
    String first = parts[0].trim();
    for (Line line : lines) {
      if (line.code().equalsIgnoreCase(first)) {
        return line;
      }
    }
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      label.append(parts[i].trim());
    }
    for (Line line : lines) {
      if (line.label().trim().equals(label.toString()) || line.label().trim().equals(first)) {
        return line;
      }
    }
    return null;
  }

  private String codes() {
    return String.join("、", lines.stream().map(l -> l.code() + " " + l.label().trim()).toList());
  }

  private static String name(Line line) {
    return "“" + line.label().trim() + "”（" + line.code() + "）";
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }

  private static InvalidInputException refused(String chinese, String english) {
    return new InvalidInputException(Var.INVOICE_SHEET, "字段 invoiceSheet（考核评级表得分）：" + chinese
        + " / field 'invoiceSheet': " + english);
  }
}
