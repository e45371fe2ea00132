package com.opsflow.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.intake.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checklist's parsing and the switch-over rule, without the engine. */
class MigrationChecklistTest {

  @Test
  void shouldMatchOnlyWhenRowsAndChecksumsAfterEqualThoseBefore() {
    List<MigrationChecklist.Line> lines = MigrationChecklist.parseCsv("""
        table,rowsBefore,rowsAfter,checksumBefore,checksumAfter
        A,10,10,abc,ABC
        B,10,9,abc,abc
        C,10,10,abc,abd
        D,10,,abc,
        """);

    assertThat(lines).extracting(MigrationChecklist.Line::matches).containsExactly(true, false, false, false);
    assertThat(lines.get(1).mismatch()).isEqualTo("B：行数 10 → 9");
    assertThat(lines.get(2).mismatch()).isEqualTo("C：校验值 abc → abd");
    assertThat(lines.get(3).mismatch()).contains("未填写迁移后");
    assertThatThrownBy(() -> MigrationChecklist.checkSwitchOver(lines)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("共 3 张表").hasMessageContaining("B：行数 10 → 9");
    MigrationChecklist.checkSwitchOver(lines.subList(0, 1));
  }

  @Test
  void shouldRefuseAnEmptyChecklistAndNameBadLines() {
    assertThatThrownBy(() -> MigrationChecklist.checkSwitchOver(List.of())).hasMessageContaining("核对清单为空");
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x,x\nB,1,-1,x,x")).hasMessageContaining("第 2 行（B）：迁移后行数应为非负整数");
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x")).hasMessageContaining("第 1 行应有 5 列");
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x,x\nA,2,2,y,y")).hasMessageContaining("重复");
    assertThatThrownBy(() -> MigrationChecklist.parseJson(List.of(Map.of("table", "A", "checksumBefore", "x"))))
        .hasMessageContaining("迁移前行数必填");
    assertThat(MigrationChecklist.parseJson(List.of(Map.of("table", "A", "rowsBefore", 5, "rowsAfter", 5.0,
        "checksumBefore", "x", "checksumAfter", "x")))).singleElement().satisfies(l -> assertThat(l.matches()).isTrue());
  }

  @Test
  void shouldReadTheFormsListRowsNamingABadRowAndRefuseATableInListAndCsvAlike() {
    Map<String, Object> empty = new java.util.HashMap<>();
    empty.put("table", "");
    empty.put("rowsBefore", null);
    assertThat(MigrationChecklist.parseRows("[{\"table\":\"A\",\"rowsBefore\":5,\"rowsAfter\":5,"
        + "\"checksumBefore\":\"x\",\"checksumAfter\":\"X\"},{}]")).singleElement()
        .satisfies(l -> assertThat(l.matches()).isTrue());
    assertThat(MigrationChecklist.parseRows(List.of(empty))).as("a row left empty").isEmpty();
    assertThatThrownBy(() -> MigrationChecklist.parseRows(List.of(Map.of("table", "A", "rowsBefore", 5,
        "checksumBefore", "x"), Map.of("table", "B", "rowsBefore", -1, "checksumBefore", "y"))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("字段 checklistRows（数据核对清单）第 2 行（B）：迁移前行数应为非负整数");
    assertThatThrownBy(() -> MigrationChecklist.fromForm(List.of(Map.of("table", "A", "rowsBefore", 5,
        "checksumBefore", "x")), "A,5,5,x,x")).hasMessageContaining("重复");
    Map<String, Object> row = new java.util.HashMap<>(Map.of("table", "A", "rowsBefore", 5L, "checksumBefore", "x"));
    row.put("rowsAfter", null);
    row.put("checksumAfter", null);
    assertThat(MigrationChecklist.rows(MigrationChecklist.parseCsv("A,5,,x,"))).as("the rows a verification starts with")
        .containsExactly(row);
  }
}
