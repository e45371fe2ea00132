package com.opsflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX workbooks of the reports: sheets with a bold, frozen header row, an auto-filter over the data, dates as
 * real date cells ({@code yyyy-mm-dd hh:mm}), numbers as numbers and rates as percentages. Streaming (SXSSF), so
 * an export of many thousand rows stays small in memory.
 */
final class SheetWriter implements AutoCloseable {

  /** A rate cell (0.8 shows as 80.0%). */
  record Percent(double value) {
  }

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
  private final CellStyle header;
  private final CellStyle dateTime;
  private final CellStyle date;
  private final CellStyle percent;
  private final CellStyle decimal;

  SheetWriter() {
    Font bold = workbook.createFont();
    bold.setBold(true);
    bold.setFontName("宋体");
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    short dateTimeFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm");
    dateTime = workbook.createCellStyle();
    dateTime.setDataFormat(dateTimeFormat);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    percent = workbook.createCellStyle();
    percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
    decimal = workbook.createCellStyle();
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
  }

  /** A new sheet; rows are added to it with {@link Table#row}, then {@link Table#finish}. */
  Table sheet(String name, List<String> headers, int... widths) {
    SXSSFSheet sheet = workbook.createSheet(name);
    Row row = sheet.createRow(0);
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
      sheet.setColumnWidth(c, 256 * (c < widths.length ? widths[c] : 14));
    }
    sheet.createFreezePane(0, 1);
    return new Table(sheet, headers.size());
  }

  final class Table {
    private final Sheet sheet;
    private final int columns;
    private int next = 1;

    private Table(Sheet sheet, int columns) {
      this.sheet = sheet;
      this.columns = columns;
    }

    /** One data row: String, Number, Boolean, LocalDateTime, LocalDate or {@link Percent}; null leaves the cell empty. */
    Table row(Object... values) {
      Row row = sheet.createRow(next++);
      for (int c = 0; c < values.length; c++) {
        Object v = values[c];
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Percent p) {
          cell.setCellValue(p.value());
          cell.setCellStyle(percent);
        } else if (v instanceof Double d) {
          cell.setCellValue(d);
          cell.setCellStyle(decimal);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof LocalDateTime t) {
          cell.setCellValue(t);
          cell.setCellStyle(dateTime);
        } else if (v instanceof LocalDate d) {
          cell.setCellValue(d);
          cell.setCellStyle(date);
        } else {
          cell.setCellValue(v.toString());
        }
      }
      return this;
    }

    /** The auto-filter over the header and every data row. */
    void finish() {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, columns - 1));
    }
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the XLSX report", e);
    }
  }

  @Override
  public void close() {
    workbook.dispose();
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
