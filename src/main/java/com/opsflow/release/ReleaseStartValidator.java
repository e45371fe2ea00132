package com.opsflow.release;

import static com.opsflow.release.ReleaseProcess.Var;

import com.opsflow.incident.IncidentProcess;
import com.opsflow.intake.Fields;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.intake.StartValidator;
import com.opsflow.problem.ProblemService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The start variables of a release (form release-start): {@code system}, {@code releaseKind} (patch |
 * version), {@code releaseVersion}, {@code summary}, {@code description} (content of the patch),
 * {@code affectedOffices}, optional {@code announceTo} (extra addresses for the announcement) and
 * {@code problemNumbers} (problems the release resolves; each must be in the problem register).
 */
@Component
class ReleaseStartValidator implements StartValidator {

  static final Pattern PROBLEM = Pattern.compile("PRB-\\d{8}-\\d{4,}");
  static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+");
  private static final String SEPARATORS = "[,，;；\\s]+";

  private final ProblemService problems;

  ReleaseStartValidator(ProblemService problems) {
    this.problems = problems;
  }

  @Override
  public String processKey() {
    return ReleaseProcess.KEY;
  }

  @Override
  public Map<String, Object> validate(Map<String, Object> v) {
    Map<String, Object> clean = new HashMap<>();
    clean.put(Var.SYSTEM, Fields.oneOf(v, Var.SYSTEM, "系统", new LinkedHashSet<>(IncidentProcess.SYSTEMS)));
    clean.put(Var.KIND, Fields.oneOf(v, Var.KIND, "发布类型", new LinkedHashSet<>(ReleaseProcess.KINDS)));
    clean.put(Var.VERSION, Fields.requiredText(v, Var.VERSION, "版本号或补丁编号", 64));
    clean.put(Var.SUMMARY, Fields.requiredText(v, Var.SUMMARY, "补丁或版本名称", 200));
    clean.put(Var.DESCRIPTION, Fields.requiredLines(v, Var.DESCRIPTION, "补丁内容说明", 4000));
    clean.put(Var.AFFECTED_OFFICES, Fields.requiredLines(v, Var.AFFECTED_OFFICES, "受影响单位", 1000));
    clean.put(Var.ANNOUNCE_TO, String.join(",", addresses(Fields.optionalText(v, Var.ANNOUNCE_TO, "通知邮箱", 1000))));
    clean.put(Var.PROBLEM_NUMBERS, String.join(",", problems(Fields.optionalText(v, Var.PROBLEM_NUMBERS, "关联问题单", 1000))));
    return clean;
  }

  private static List<String> addresses(String text) {
    List<String> list = new ArrayList<>();
    for (String a : text == null ? new String[0] : text.split(SEPARATORS)) {
      if (a.isBlank()) {
        continue;
      }
      if (!EMAIL.matcher(a).matches()) {
        throw new InvalidInputException(Var.ANNOUNCE_TO, "字段 announceTo（通知邮箱）中的 '" + a + "' 不是有效的邮箱地址"
            + " / field 'announceTo': '" + a + "' is not an e-mail address");
      }
      list.add(a);
    }
    return list;
  }

  /** One problem number for a later link: well-formed and in the problem register (400 otherwise). */
  String problem(Object value) {
    if (value == null || value.toString().isBlank()) {
      throw new InvalidInputException("problemNumber", "字段 problemNumber（问题单号）必填 / field 'problemNumber' is required");
    }
    Set<String> one;
    try {
      one = problems(value.toString().trim());
    } catch (InvalidInputException e) {
      throw new InvalidInputException("problemNumber", e.getMessage().replace("problemNumbers（关联问题单）", "problemNumber（问题单号）")
          .replace("'problemNumbers'", "'problemNumber'"));
    }
    if (one.size() != 1) {
      throw new InvalidInputException("problemNumber", "字段 problemNumber（问题单号）只能是一个问题单号 / one problem number");
    }
    return one.iterator().next();
  }

  private Set<String> problems(String text) {
    Set<String> numbers = new LinkedHashSet<>();
    for (String n : text == null ? new String[0] : text.split(SEPARATORS)) {
      if (n.isBlank()) {
        continue;
      }
      if (!PROBLEM.matcher(n).matches()) {
        throw new InvalidInputException(Var.PROBLEM_NUMBERS, "字段 problemNumbers（关联问题单）中的 '" + n
            + "' 不是问题单号（PRB-yyyyMMdd-NNNN） / field 'problemNumbers': '" + n + "' is no problem number");
      }
      if (problems.find(n).isEmpty()) {
        throw new InvalidInputException(Var.PROBLEM_NUMBERS, "字段 problemNumbers（关联问题单）：问题单 " + n + " 不存在"
            + " / field 'problemNumbers': no problem " + n);
      }
      numbers.add(n);
    }
    return numbers;
  }
}
