package com.opsflow.attendance;

import com.opsflow.intake.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sign-in log (考勤登记表 / 电子考勤系统, B-2.4.5.1(1)1)) as CSV or XLSX (first sheet): a header row naming the columns
 * {@code engineer} (工号), {@code date} (日期), {@code signIn} (签到), {@code signOut} (签退), then one row per engineer
 * and day. Dates {@code yyyy-MM-dd} or {@code yyyy/M/d}, times {@code H:mm[:ss]}; an empty time = not signed. Any bad
 * line refuses the whole file with the line and the field named.
 */
final class AttendanceLog {

  static final String FIELD = "file";

  record Entry(int line, String engineer, LocalDate date, LocalTime signIn, LocalTime signOut) {
  }

  private static final Map<String, String> HEADERS = new HashMap<>();

  static {
    for (String h : List.of("engineer", "工号", "用户", "人员", "驻场工程师")) {
      HEADERS.put(h, "engineer");
    }
    for (String h : List.of("date", "日期")) {
      HEADERS.put(h, "date");
    }
    for (String h : List.of("signin", "签到", "签到时间")) {
      HEADERS.put(h, "signIn");
    }
    for (String h : List.of("signout", "签退", "签退时间")) {
      HEADERS.put(h, "signOut");
    }
  }

  private static final List<String> COLUMNS = List.of("engineer", "date", "signIn", "signOut");
  private static final DateTimeFormatter SLASH_DATE = DateTimeFormatter.ofPattern("yyyy/M/d");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm[:ss]");

  private AttendanceLog() {
  }

  static List<Entry> parseCsv(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(FIELD, "考勤记录为空 / the sign-in log is empty");
    }
    List<List<String>> rows = new ArrayList<>();
    for (String line : text.replace("\uFEFF", "").split("\r?\n", -1)) {
      List<String> cells = new ArrayList<>();
      for (String cell : line.split("[,，\t]", -1)) {
        cells.add(cell.trim());
      }
      rows.add(cells);
    }
    return entries(rows);
  }

  static List<Entry> parseXlsx(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new InvalidInputException(FIELD, "考勤记录为空 / the sign-in log is empty");
    }
    List<List<String>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = workbook.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        int last = row == null ? 0 : Math.max(row.getLastCellNum(), 0);
        for (int c = 0; c < last; c++) {
          cells.add(text(row.getCell(c), formatter));
        }
        rows.add(cells);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidInputException invalid) {
        throw invalid;
      }
      throw new InvalidInputException(FIELD, "无法读取 XLSX 文件 / the file is not a readable XLSX workbook");
    }
    return entries(rows);
  }

  /** Date and time cells as ISO text, everything else as shown. */
  private static String text(Cell cell, DataFormatter formatter) {
    if (cell == null) {
      return "";
    }
    if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      LocalDateTime value = cell.getLocalDateTimeCellValue();
      double raw = cell.getNumericCellValue();
      if (raw < 1) {
        return value.toLocalTime().toString();
      }
      return value.toLocalTime().equals(LocalTime.MIDNIGHT) ? value.toLocalDate().toString() : value.toString();
    }
    return formatter.formatCellValue(cell).trim();
  }

  private static List<Entry> entries(List<List<String>> rows) {
    int headerIndex = 0;
    while (headerIndex < rows.size() && rows.get(headerIndex).stream().allMatch(String::isEmpty)) {
      headerIndex++;
    }
    if (headerIndex == rows.size()) {
      throw new InvalidInputException(FIELD, "考勤记录为空 / the sign-in log is empty");
    }
    Map<String, Integer> column = new HashMap<>();
    List<String> header = rows.get(headerIndex);
    for (int i = 0; i < header.size(); i++) {
      String name = HEADERS.get(header.get(i).replace(" ", "").toLowerCase(Locale.ROOT));
      if (name != null) {
        column.putIfAbsent(name, i);
      }
    }
    for (String c : COLUMNS) {
      if (!column.containsKey(c)) {
        throw new InvalidInputException(FIELD, "第 " + (headerIndex + 1) + " 行（表头）缺少列 " + c + "（工号,日期,签到,签退）"
            + " / line " + (headerIndex + 1) + ": the header has no column '" + c + "' (engineer,date,signIn,signOut)");
      }
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = headerIndex + 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.stream().allMatch(String::isEmpty)) {
        continue;
      }
      int line = r + 1;
      String engineer = cell(row, column.get("engineer"));
      if (engineer.isEmpty() || engineer.length() > 64) {
        throw bad(line, "engineer", engineer, "工号必填，最多 64 个字符");
      }
      LocalDate date = date(line, cell(row, column.get("date")));
      LocalTime signIn = time(line, "signIn", cell(row, column.get("signIn")));
      LocalTime signOut = time(line, "signOut", cell(row, column.get("signOut")));
      if (signIn != null && signOut != null && signOut.isBefore(signIn)) {
        throw bad(line, "signOut", signOut.toString(), "签退时间早于签到时间");
      }
      if (!seen.add(engineer + "|" + date)) {
        throw bad(line, "date", date.toString(), engineer + " 当天的记录重复");
      }
      entries.add(new Entry(line, engineer, date, signIn, signOut));
    }
    if (entries.isEmpty()) {
      throw new InvalidInputException(FIELD, "考勤记录只有表头，没有数据行 / the sign-in log has no rows");
    }
    return entries;
  }

  private static String cell(List<String> row, int index) {
    return index < row.size() ? row.get(index) : "";
  }

  private static LocalDate date(int line, String text) {
    try {
      return text.contains("/") ? LocalDate.parse(text, SLASH_DATE) : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw bad(line, "date", text, "日期应为 yyyy-MM-dd");
    }
  }

  private static LocalTime time(int line, String field, String text) {
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalTime.parse(text, TIME);
    } catch (DateTimeParseException e) {
      throw bad(line, field, text, "时间应为 H:mm，未签则留空");
    }
  }

  static InvalidInputException bad(int line, String field, String value, String why) {
    return new InvalidInputException(FIELD, "第 " + line + " 行 " + field + "：" + why + "，收到 '" + value + "' / line " + line
        + ", field '" + field + "': invalid value '" + value + "'");
  }
}
