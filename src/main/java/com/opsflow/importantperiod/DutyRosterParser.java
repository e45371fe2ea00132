package com.opsflow.importantperiod;

import com.opsflow.calendar.ImportantPeriod.DutyShift;
import com.opsflow.intake.InvalidInputException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The duty roster as typed in the form 排定值班表: one shift per line, "开始 | 结束 | 值班人（用户名）| 电话", times as
 * yyyy-MM-dd HH:mm; errors name the line. Everyone on it must be an OpsFlow user (they get the major-incident mails).
 */
@Component
class DutyRosterParser {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final int MAX_SHIFTS = 500;

  private final IdentityService identity;

  DutyRosterParser(IdentityService identity) {
    this.identity = identity;
  }

  List<DutyShift> parse(String text) {
    if (text == null || text.isBlank()) {
      throw refused("值班表必填，每行一班：开始 | 结束 | 值班人 | 电话");
    }
    List<DutyShift> shifts = new ArrayList<>();
    String[] lines = text.split("\\R");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] cells = line.split("\\s*[|｜\\t]\\s*");
      if (cells.length < 3 || cells.length > 4) {
        throw refused("第 " + (i + 1) + " 行应为「开始 | 结束 | 值班人 | 电话」，收到「" + line + "」");
      }
      LocalDateTime from = time(cells[0], i);
      LocalDateTime to = time(cells[1], i);
      String user = cells[2].strip();
      if (identity.createUserQuery().userId(user).count() == 0) {
        throw refused("第 " + (i + 1) + " 行：没有用户「" + user + "」");
      }
      String phone = cells.length == 4 ? cells[3].strip() : "";
      if (phone.length() > 32) {
        throw refused("第 " + (i + 1) + " 行：电话最多 32 个字符");
      }
      shifts.add(new DutyShift(user, from, to, phone.isEmpty() ? null : phone));
      if (shifts.size() > MAX_SHIFTS) {
        throw refused("值班表最多 " + MAX_SHIFTS + " 班");
      }
    }
    if (shifts.isEmpty()) {
      throw refused("值班表必填，每行一班：开始 | 结束 | 值班人 | 电话");
    }
    return shifts;
  }

  static String format(List<DutyShift> roster) {
    StringBuilder text = new StringBuilder();
    for (DutyShift s : roster) {
      text.append(TIME.format(s.from())).append(" 至 ").append(TIME.format(s.to())).append("  ").append(s.userId());
      if (s.phone() != null) {
        text.append("  ").append(s.phone());
      }
      text.append('\n');
    }
    return text.toString();
  }

  private static LocalDateTime time(String cell, int line) {
    try {
      return LocalDateTime.parse(cell.strip(), TIME);
    } catch (DateTimeParseException e) {
      throw refused("第 " + (line + 1) + " 行：时间「" + cell.strip() + "」应为 yyyy-MM-dd HH:mm");
    }
  }

  private static InvalidInputException refused(String message) {
    return new InvalidInputException(ImportantPeriodProcess.Var.ROSTER, "字段 " + ImportantPeriodProcess.Var.ROSTER
        + "（值班表）：" + message + " / field '" + ImportantPeriodProcess.Var.ROSTER + "' is invalid");
  }
}
