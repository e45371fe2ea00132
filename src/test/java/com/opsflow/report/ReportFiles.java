package com.opsflow.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Produced report files read back: sheets as rows of cell values, documents as text and chart series. */
final class ReportFiles {

  private ReportFiles() {
  }

  static XSSFWorkbook workbook(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The data rows (header excluded) of a sheet, each cell as number (Double), text or formatted date. */
  static List<List<Object>> rows(XSSFSheet sheet) {
    List<List<Object>> rows = new ArrayList<>();
    DataFormatter formatter = new DataFormatter();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      List<Object> values = new ArrayList<>();
      for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        if (cell == null) {
          values.add(null);
        } else if (cell.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
            && !cell.getCellStyle().getDataFormatString().contains("%")) {
          values.add(cell.getNumericCellValue());
        } else {
          values.add(formatter.formatCellValue(cell));
        }
      }
      rows.add(values);
    }
    return rows;
  }

  /** The value column of a two- or three-column label/value sheet, by label. */
  static Map<String, Object> byLabel(XSSFSheet sheet) {
    Map<String, Object> values = new LinkedHashMap<>();
    rows(sheet).forEach(r -> values.put((String) r.get(0), r.get(1)));
    return values;
  }

  static XWPFDocument document(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(XWPFDocument doc) {
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A chart of the document by its title. */
  static XWPFChart chart(XWPFDocument doc, String title) {
    for (XWPFChart chart : doc.getCharts()) {
      if (chart.getTitle() != null && title.equals(chart.getTitle().getBody().getParagraph(0).getText())) {
        return chart;
      }
    }
    return null;
  }

  /** The chart's categories. */
  static List<String> categories(XWPFChart chart) {
    XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(0);
    List<String> categories = new ArrayList<>();
    for (int i = 0; i < series.getCategoryData().getPointCount(); i++) {
      categories.add(String.valueOf(series.getCategoryData().getPointAt(i)));
    }
    return categories;
  }

  /** The values of the chart's series {@code index} (in the order written). */
  static List<Double> series(XWPFChart chart, int index) {
    XDDFChartData.Series series = chart.getChartSeries().get(0).getSeries(index);
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < series.getValuesData().getPointCount(); i++) {
      values.add(series.getValuesData().getPointAt(i).doubleValue());
    }
    return values;
  }
}
