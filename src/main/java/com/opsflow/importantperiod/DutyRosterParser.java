package com.opsflow.importantperiod;

import com.opsflow.calendar.ImportantPeriod.DutyShift;
import com.opsflow.importantperiod.ImportantPeriodProcess.Var;
import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketTime;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * The duty roster of the form 排定值班表. The form sends a dynamic list ({@code dutyShifts}, rows
 * {@code {start, end, user, phone}}, times from form-js datetime fields; docs/adr/0010-lists-in-forms.md); tasks opened
 * before the list, REST clients and pasted text send the text: one shift per line, "开始 | 结束 | 值班人（用户名）| 电话",
 * times as yyyy-MM-dd HH:mm. Errors name the row or line. Everyone on it must be an OpsFlow user (they get the
 * major-incident mails).
 */
@Component
class DutyRosterParser {

  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  static final int MAX_SHIFTS = 500;
  static final String LABEL = "值班表";

  /** Keys of one row of the list (form important-period-roster). */
  static final String START = "start";
  static final String END = "end";
  static final String USER = "user";
  static final String PHONE = "phone";

  private final IdentityService identity;
  private final TicketTime time;

  DutyRosterParser(IdentityService identity, TicketTime time) {
    this.identity = identity;
    this.time = time;
  }

  /** Whether the list holds a row somebody filled in (then it wins over the text). */
  static boolean hasRows(Object value) {
    try {
      return FormLists.rows(value, Var.SHIFTS, LABEL).stream()
          .anyMatch(r -> !(r instanceof Map<?, ?> m) || !FormLists.isEmptyRow(m));
    } catch (InvalidInputException e) {
      return true; // not a list at all: parseRows says so
    }
  }

  /** The shifts of the list's rows; rows nobody filled in are skipped. Errors name the row. */
  List<DutyShift> parseRows(Object value) {
    List<DutyShift> shifts = new ArrayList<>();
    int no = 0;
    for (Object row : FormLists.rows(value, Var.SHIFTS, LABEL)) {
      no++;
      if (!(row instanceof Map<?, ?> r)) {
        throw rowError(no, "每行应为一班：开始、结束、值班人、电话");
      }
      if (FormLists.isEmptyRow(r)) {
        continue; // a row added and left empty
      }
      LocalDateTime from = rowTime(no, FormLists.text(r, START), "开始时间");
      LocalDateTime to = rowTime(no, FormLists.text(r, END), "结束时间");
      String user = FormLists.text(r, USER);
      if (user == null) {
        throw rowError(no, "缺少值班人");
      }
      if (user.length() > 64 || identity.createUserQuery().userId(user).count() == 0) {
        throw rowError(no, "没有用户「" + user + "」");
      }
      String phone = FormLists.text(r, PHONE);
      if (phone != null && phone.length() > 32) {
        throw rowError(no, "电话最多 32 个字符");
      }
      shifts.add(new DutyShift(user, from, to, phone));
      if (shifts.size() > MAX_SHIFTS) {
        throw rowError(no, "值班表最多 " + MAX_SHIFTS + " 班");
      }
    }
    if (shifts.isEmpty()) {
      throw refused("值班表必填：在列表中每班一行（开始、结束、值班人、电话），或每行一班粘贴：开始 | 结束 | 值班人 | 电话");
    }
    return shifts;
  }

  /** A form-js datetime ("2027-01-04T08:00", with or without offset) or "2027-01-04 08:00", in the bureau's zone. */
  private LocalDateTime rowTime(int no, String text, String label) {
    if (text == null) {
      throw rowError(no, "缺少" + label);
    }
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(time.zone()).toLocalDateTime().withSecond(0).withNano(0);
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text.replace(' ', 'T')).withSecond(0).withNano(0);
      } catch (DateTimeParseException e) {
        throw rowError(no, label + "「" + text + "」不是有效的日期时间，例如 2027-01-04 08:00");
      }
    }
  }

  private static InvalidInputException rowError(int no, String message) {
    return new InvalidInputException(Var.SHIFTS, "字段 " + Var.SHIFTS + "（" + LABEL + "）第 " + no + " 行：" + message
        + " / field '" + Var.SHIFTS + "' row " + no + " is invalid");
  }

  List<DutyShift> parse(String text) {
    if (text == null || text.isBlank()) {
      throw refused("值班表必填：在列表中每班一行，或每行一班粘贴：开始 | 结束 | 值班人 | 电话");
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
      throw refused("值班表必填：在列表中每班一行，或每行一班粘贴：开始 | 结束 | 值班人 | 电话");
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
