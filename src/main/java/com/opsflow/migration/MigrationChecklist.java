package com.opsflow.migration;

import com.opsflow.intake.FormLists;
import com.opsflow.intake.InvalidInputException;
import com.opsflow.ticket.TicketService;
import com.opsflow.ticket.TicketTime;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data integrity and consistency checklist of a migration (数据完整性、一致性验证): per table the row
 * count and checksum before and after. Lines are entered or imported (JSON or CSV) and replace an earlier
 * line of the same table. A line matches when both figures after equal the figures before; the
 * switch-over is refused while the checklist is empty or any line does not match.
 */
@Service
@Transactional
public class MigrationChecklist {

  static final String FIELD = "checklist";
  /** The verification form's dynamic list. */
  static final String ROWS_FIELD = MigrationProcess.Var.CHECKLIST_ROWS;
  static final String ROWS_LABEL = "数据核对清单";
  static final String CSV_HEADER = "table,rowsBefore,rowsAfter,checksumBefore,checksumAfter";
  static final int MAX_LINES = 2000;

  /** One table of the checklist; the after-figures are null until entered. */
  public record Line(String table, long rowsBefore, Long rowsAfter, String checksumBefore, String checksumAfter) {

    public boolean matches() {
      return rowsAfter != null && rowsAfter == rowsBefore && checksumAfter != null
          && checksumAfter.trim().equalsIgnoreCase(checksumBefore.trim());
    }

    /** Why the line does not match, in Chinese; null when it matches. */
    public String mismatch() {
      if (rowsAfter == null || checksumAfter == null) {
        return table + "：未填写迁移后的行数或校验值";
      }
      List<String> reasons = new ArrayList<>();
      if (rowsAfter != rowsBefore) {
        reasons.add("行数 " + rowsBefore + " → " + rowsAfter);
      }
      if (!checksumAfter.trim().equalsIgnoreCase(checksumBefore.trim())) {
        reasons.add("校验值 " + checksumBefore + " → " + checksumAfter);
      }
      return reasons.isEmpty() ? null : table + "：" + String.join("，", reasons);
    }
  }

  private final JdbcTemplate jdbc;
  private final TicketTime time;
  private final TicketService tickets;

  MigrationChecklist(JdbcTemplate jdbc, TicketTime time, TicketService tickets) {
    this.jdbc = jdbc;
    this.time = time;
    this.tickets = tickets;
  }

  /** Stores the lines (a line replaces the earlier one of its table) and records the import on the ticket. */
  public void save(String number, Collection<Line> lines, String actor) {
    Timestamp now = Timestamp.valueOf(time.localNow());
    for (Line line : lines) {
      jdbc.update("DELETE FROM migration_checklist WHERE migration_number = ? AND table_name = ?", number, line.table());
      jdbc.update("""
          INSERT INTO migration_checklist (migration_number, table_name, rows_before, rows_after, checksum_before,
            checksum_after, entered_at, entered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
          number, line.table(), line.rowsBefore(), line.rowsAfter(), line.checksumBefore(), line.checksumAfter(), now,
          actor);
    }
    long mismatches = lines.stream().filter(l -> !l.matches()).count();
    tickets.event(number, MigrationEvent.CHECKLIST_IMPORTED, actor, "导入 " + lines.size() + " 张表的核对数据，其中 " + mismatches + " 张不一致");
  }

  @Transactional(readOnly = true)
  public List<Line> lines(String number) {
    return jdbc.query("SELECT * FROM migration_checklist WHERE migration_number = ? ORDER BY table_name",
        (rs, i) -> new Line(rs.getString("table_name"), rs.getLong("rows_before"),
            rs.getObject("rows_after") == null ? null : rs.getLong("rows_after"), rs.getString("checksum_before"),
            rs.getString("checksum_after")), number);
  }

  /** The stored lines with the given ones laid over them (same table: the given line wins). */
  public List<Line> merged(String number, Collection<Line> overlay) {
    Map<String, Line> byTable = new LinkedHashMap<>();
    lines(number).forEach(l -> byTable.put(l.table(), l));
    overlay.forEach(l -> byTable.put(l.table(), l));
    return List.copyOf(byTable.values());
  }

  /** Refuses the switch-over (400, field "checklist") while the lines are empty or any does not match. */
  public static void checkSwitchOver(List<Line> lines) {
    if (lines.isEmpty()) {
      throw new InvalidInputException(FIELD, "数据完整性、一致性核对清单为空：请先录入或导入各表迁移前后的行数和校验值，再切换"
          + " / the data consistency checklist is empty: enter or import row counts and checksums per table before the"
          + " switch-over");
    }
    List<String> mismatches = lines.stream().map(Line::mismatch).filter(Objects::nonNull).toList();
    if (!mismatches.isEmpty()) {
      throw new InvalidInputException(FIELD, "数据核对不一致，不能切换（共 " + mismatches.size() + " 张表）："
          + String.join("；", mismatches) + "。请核实数据后重新导入核对清单，或选择回退 / " + mismatches.size()
          + " table(s) do not match; the switch-over is refused");
    }
  }

  /** A readable summary for the verification form and the mails. */
  public static String summary(List<Line> lines) {
    if (lines.isEmpty()) {
      return "（尚未录入核对清单）";
    }
    StringBuilder s = new StringBuilder();
    long bad = lines.stream().filter(l -> !l.matches()).count();
    s.append("共 ").append(lines.size()).append(" 张表，").append(bad == 0 ? "全部一致" : bad + " 张不一致").append('\n');
    for (Line l : lines) {
      s.append(l.matches() ? "一致  " : "不一致  ").append(l.table()).append("  行数 ").append(l.rowsBefore()).append(" / ")
          .append(l.rowsAfter() == null ? "—" : l.rowsAfter()).append("  校验值 ").append(l.checksumBefore()).append(" / ")
          .append(l.checksumAfter() == null ? "—" : l.checksumAfter()).append('\n');
    }
    return s.toString();
  }

  /**
   * CSV, one table per line: table,rowsBefore,rowsAfter,checksumBefore,checksumAfter (a header line
   * naming the columns is skipped; after-figures may be empty). Errors name the line.
   */
  public static List<Line> parseCsv(String csv) {
    List<Line> lines = new ArrayList<>();
    if (csv == null) {
      return lines;
    }
    String[] rows = csv.replace("\r", "").split("\n");
    for (int i = 0; i < rows.length; i++) {
      String row = rows[i].trim();
      if (row.isEmpty() || (i == 0 && row.toLowerCase().startsWith("table")) || (i == 0 && row.startsWith("表"))) {
        continue;
      }
      String[] cells = row.split("[,，\\t]", -1);
      if (cells.length != 5) {
        throw new InvalidInputException(FIELD, "核对清单第 " + (i + 1) + " 行应有 5 列（表名,迁移前行数,迁移后行数,迁移前校验值,"
            + "迁移后校验值），收到 " + cells.length + " 列 / line " + (i + 1) + ": expected 5 columns " + CSV_HEADER);
      }
      lines.add(line(cells[0], cells[1], cells[2], cells[3], cells[4], "第 " + (i + 1) + " 行", "line " + (i + 1)));
    }
    return check(lines);
  }

  /** JSON lines: {"table", "rowsBefore", "rowsAfter", "checksumBefore", "checksumAfter"}. */
  public static List<Line> parseJson(List<?> items) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (!(items.get(i) instanceof Map<?, ?> m)) {
        throw new InvalidInputException(FIELD, "核对清单第 " + (i + 1) + " 项应为对象 / item " + (i + 1) + " must be an object");
      }
      lines.add(line(m.get("table"), m.get("rowsBefore"), m.get("rowsAfter"), m.get("checksumBefore"),
          m.get("checksumAfter"), "第 " + (i + 1) + " 项", "item " + (i + 1)));
    }
    return check(lines);
  }

  /**
   * The rows of the verification form's dynamic list ({@code checklistRows}: table, rowsBefore, rowsAfter,
   * checksumBefore, checksumAfter; docs/adr/0010-lists-in-forms.md). Rows nobody filled in are skipped; errors name
   * the field and the row.
   */
  public static List<Line> parseRows(Object value) {
    List<Line> lines = new ArrayList<>();
    int no = 0;
    for (Object row : FormLists.rows(value, ROWS_FIELD, ROWS_LABEL)) {
      no++;
      String where = "字段 " + ROWS_FIELD + "（" + ROWS_LABEL + "）第 " + no + " 行";
      if (!(row instanceof Map<?, ?> m)) {
        throw new InvalidInputException(ROWS_FIELD, where + "：每行应为一张表 / row " + no + " must be one table");
      }
      if (FormLists.isEmptyRow(m)) {
        continue; // a row added and left empty
      }
      lines.add(line(ROWS_FIELD, where, "field '" + ROWS_FIELD + "' row " + no, m.get("table"), m.get("rowsBefore"),
          m.get("rowsAfter"), m.get("checksumBefore"), m.get("checksumAfter")));
    }
    if (lines.size() > MAX_LINES) {
      throw new InvalidInputException(ROWS_FIELD, "字段 " + ROWS_FIELD + "（" + ROWS_LABEL + "）最多 " + MAX_LINES
          + " 张表 / at most " + MAX_LINES + " tables");
    }
    return lines;
  }

  /** The list's rows and the pasted CSV together; a table in both, or twice, is refused. */
  public static List<Line> fromForm(Object rows, String csv) {
    List<Line> lines = new ArrayList<>(parseRows(rows));
    lines.addAll(parseCsv(csv));
    if (lines.stream().map(Line::table).distinct().count() != lines.size()) {
      throw new InvalidInputException(ROWS_FIELD, "字段 " + ROWS_FIELD + "（" + ROWS_LABEL + "）：有重复的表名（列表中和粘贴的"
          + " CSV 中同一张表只能出现一次） / a table is listed twice");
    }
    return lines;
  }

  /** The lines as the form's list rows (the verification task starts with the stored lines). */
  public static List<Map<String, Object>> rows(List<Line> lines) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Line l : lines) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("table", l.table());
      row.put("rowsBefore", l.rowsBefore());
      row.put("rowsAfter", l.rowsAfter());
      row.put("checksumBefore", l.checksumBefore());
      row.put("checksumAfter", l.checksumAfter());
      rows.add(row);
    }
    return rows;
  }

  private static List<Line> check(List<Line> lines) {
    if (lines.size() > MAX_LINES) {
      throw new InvalidInputException(FIELD, "核对清单最多 " + MAX_LINES + " 张表 / at most " + MAX_LINES + " tables");
    }
    if (lines.stream().map(Line::table).distinct().count() != lines.size()) {
      throw new InvalidInputException(FIELD, "核对清单中有重复的表名 / a table is listed twice");
    }
    return lines;
  }

  private static Line line(Object table, Object rowsBefore, Object rowsAfter, Object checksumBefore, Object checksumAfter,
      String where, String whereEn) {
    return line(FIELD, "核对清单" + where, whereEn, table, rowsBefore, rowsAfter, checksumBefore, checksumAfter);
  }

  /** @param where the place as users read it ("核对清单第 3 行", "字段 checklistRows（数据核对清单）第 3 行") */
  private static Line line(String field, String where, String whereEn, Object table, Object rowsBefore, Object rowsAfter,
      Object checksumBefore, Object checksumAfter) {
    String name = text(table);
    if (name == null || name.length() > 128) {
      throw new InvalidInputException(field, where + "：表名必填，最长 128 个字符 / " + whereEn
          + ": table name is required, at most 128 characters");
    }
    Long before = count(rowsBefore, field, where + "（" + name + "）：迁移前行数", whereEn + " rowsBefore");
    if (before == null) {
      throw new InvalidInputException(field, where + "（" + name + "）：迁移前行数必填 / " + whereEn
          + ": rowsBefore is required");
    }
    String sumBefore = text(checksumBefore);
    if (sumBefore == null || sumBefore.length() > 128) {
      throw new InvalidInputException(field, where + "（" + name + "）：迁移前校验值必填，最长 128 个字符 / "
          + whereEn + ": checksumBefore is required, at most 128 characters");
    }
    String sumAfter = text(checksumAfter);
    if (sumAfter != null && sumAfter.length() > 128) {
      throw new InvalidInputException(field, where + "（" + name + "）：迁移后校验值最长 128 个字符 / " + whereEn
          + ": checksumAfter is longer than 128 characters");
    }
    return new Line(name, before, count(rowsAfter, field, where + "（" + name + "）：迁移后行数", whereEn + " rowsAfter"),
        sumBefore, sumAfter);
  }

  private static Long count(Object value, String field, String label, String labelEn) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      long n = Long.parseLong(text);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, label + "应为非负整数，收到 '" + text + "' / " + labelEn
          + " must be a non-negative whole number");
    }
  }

  private static String text(Object value) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    return text.endsWith(".0") && value instanceof Number ? text.substring(0, text.length() - 2) : text;
  }
}
