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
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x,x\nB,1,-1,x,x")).hasMessageContaining("第 2 行迁移后行数");
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x")).hasMessageContaining("第 1 行应有 5 列");
    assertThatThrownBy(() -> MigrationChecklist.parseCsv("A,1,1,x,x\nA,2,2,y,y")).hasMessageContaining("重复");
    assertThatThrownBy(() -> MigrationChecklist.parseJson(List.of(Map.of("table", "A", "checksumBefore", "x"))))
        .hasMessageContaining("迁移前行数必填");
    assertThat(MigrationChecklist.parseJson(List.of(Map.of("table", "A", "rowsBefore", 5, "rowsAfter", 5.0,
        "checksumBefore", "x", "checksumAfter", "x")))).singleElement().satisfies(l -> assertThat(l.matches()).isTrue());
  }
}
