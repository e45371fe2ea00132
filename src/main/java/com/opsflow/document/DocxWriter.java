package com.opsflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * A small builder for the Chinese DOCX reports kept with tickets (宋体 throughout): {@link #title}, {@link #heading},
 * {@link #text}, {@link #fields} (a two-column label/value table without header), {@link #table} (a table with a
 * header row), {@link #chart} (a native Word chart whose data opens in Word's editor), then {@link #bytes}. Null or blank text writes nothing; a null table cell is written empty.
 */
public final class DocxWriter implements AutoCloseable {

  private final XWPFDocument doc = new XWPFDocument();

  /** The centred bold document title (18 pt). */
  public DocxWriter title(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.CENTER);
    run(p, text, true, 18);
    return this;
  }

  /** A bold section heading (14 pt). */
  public DocxWriter heading(String text) {
    run(doc.createParagraph(), text, true, 14);
    return this;
  }

  /** One paragraph per line of the text; nothing for null or blank text. */
  public DocxWriter text(String text) {
    if (text != null && !text.isBlank()) {
      for (String line : text.split("\\r?\\n")) {
        run(doc.createParagraph(), line, false, 11);
      }
    }
    return this;
  }

  /** A label/value pair for {@link #fields}. */
  public record Field(String label, String value) {}

  /** A label/value pair for {@link #fields}; a null value is written as an empty cell. */
  public static Field field(String label, String value) {
    return new Field(label, value);
  }

  /** A two-column table without header row: one row per field, the label left and the value right. */
  public DocxWriter fields(Field... fields) {
    XWPFTable table = doc.createTable(fields.length, 2);
    for (int r = 0; r < fields.length; r++) {
      table.getRow(r).getCell(0).setText(fields[r].label());
      table.getRow(r).getCell(1).setText(fields[r].value() == null ? "" : fields[r].value());
    }
    return this;
  }

  /** A table with a header row. */
  public DocxWriter table(List<String> header, List<List<String>> rows) {
    XWPFTable table = doc.createTable(rows.size() + 1, header.size());
    for (int c = 0; c < header.size(); c++) {
      table.getRow(0).getCell(c).setText(header.get(c));
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < header.size(); c++) {
        String value = c < rows.get(r).size() ? rows.get(r).get(c) : "";
        table.getRow(r + 1).getCell(c).setText(value == null ? "" : value);
      }
    }
    return this;
  }

  /** Kinds of {@link #chart}: clustered columns, lines, a pie (one series). */
  public enum ChartKind { BAR, LINE, PIE }

  /**
   * A native chart (DrawingML, 15 × 8 cm) titled {@code title}: one point per category, one series per entry of
   * {@code series} (name → one value per category), the figures also in the chart's embedded sheet. Without
   * categories it writes {@code emptyText} instead.
   */
  public DocxWriter chart(ChartKind kind, String title, List<String> categories,
      Map<String, List<? extends Number>> series, String emptyText) {
    if (categories.isEmpty() || series.isEmpty()) {
      return text(emptyText);
    }
    XWPFChart chart;
    XSSFSheet sheet;
    try {
      chart = doc.createChart(15 * Units.EMU_PER_CENTIMETER, 8 * Units.EMU_PER_CENTIMETER);
      sheet = chart.getWorkbook().getSheetAt(0);
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
      throw new IllegalStateException("Cannot add a chart to the DOCX report", e);
    }
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    int points = categories.size();
    for (int i = 0; i < points; i++) {
      cellRow(sheet, i + 1).createCell(0).setCellValue(categories.get(i));
    }
    XDDFDataSource<String> categoryData = XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new),
        chart.formatRange(new CellRangeAddress(1, points, 0, 0)), 0);
    XDDFChartData data;
    if (kind == ChartKind.PIE) {
      data = chart.createData(ChartTypes.PIE, null, null);
      data.setVaryColors(true);
    } else {
      XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
      XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
      y.setCrosses(AxisCrosses.AUTO_ZERO);
      y.setCrossBetween(AxisCrossBetween.BETWEEN);
      data = chart.createData(kind == ChartKind.BAR ? ChartTypes.BAR : ChartTypes.LINE, x, y);
      data.setVaryColors(false);
      if (data instanceof XDDFBarChartData bar) {
        bar.setBarDirection(BarDirection.COL);
      }
    }
    int column = 1;
    for (Map.Entry<String, List<? extends Number>> s : series.entrySet()) {
      Double[] values = new Double[points];
      for (int i = 0; i < points; i++) {
        Number n = i < s.getValue().size() ? s.getValue().get(i) : null;
        values[i] = n == null ? 0.0 : n.doubleValue();
        cellRow(sheet, i + 1).createCell(column).setCellValue(values[i]);
      }
      cellRow(sheet, 0).createCell(column).setCellValue(s.getKey());
      XDDFNumericalDataSource<Double> valueData = XDDFDataSourcesFactory.fromArray(values,
          chart.formatRange(new CellRangeAddress(1, points, column, column)), column);
      XDDFChartData.Series added = data.addSeries(categoryData, valueData);
      added.setTitle(s.getKey(), new CellReference(sheet.getSheetName(), 0, column, true, true));
      column++;
    }
    chart.plot(data);
    if (kind == ChartKind.PIE || series.size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
    return this;
  }

  private static XSSFRow cellRow(XSSFSheet sheet, int index) {
    XSSFRow row = sheet.getRow(index);
    return row == null ? sheet.createRow(index) : row;
  }

  /** The document as written so far. */
  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the DOCX report", e);
    }
  }

  @Override
  public void close() {
    try {
      doc.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily("宋体");
  }
}
