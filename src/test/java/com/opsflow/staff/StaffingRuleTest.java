package com.opsflow.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The staffing check without engine: the roster after the change against the contract's minimum. */
class StaffingRuleTest {

  @Test
  void shouldFlagALeaveWithoutReplacementBelowTheMinimum() {
    // A-4.2 "本项目中所需驻场人员不少于1人"
    assertThat(StaffChangeService.staffing(List.of("zhang"), "zhang", null, 1, null).breach()).isTrue();
    assertThat(StaffChangeService.staffing(List.of("zhang"), "zhang", "li", 1, null))
        .satisfies(s -> assertThat(s.breach()).isFalse()).satisfies(s -> assertThat(s.after()).isEqualTo(1));
    assertThat(StaffChangeService.staffing(List.of("zhang", "wang"), "zhang", null, 1, null).breach()).isFalse();
  }

  @Test
  void shouldFlagAnInvoiceRoleLeftEmptyEvenWithThreeEngineersLeft() {
    // C "至少3名工程师组成的驻场团队": 数据技术支持、系统运行保障、日常应用保障 each 1
    StaffChangeService.Staffing s = StaffChangeService.staffing(List.of("a", "b", "c", "d"), "a", null, 3, "operations");
    assertThat(s.after()).isEqualTo(3);
    assertThat(s.breach()).isTrue();
    assertThat(s.note()).contains("系统运行保障", "无人接替");
    assertThat(StaffChangeService.staffing(List.of("a", "b", "c"), "a", "e", 3, "operations").breach()).isFalse();
  }
}
