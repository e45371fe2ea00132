package com.opsflow.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.opsflow.support.OpsFlowIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The leave register as the evaluation asks it: approved days of one user inside a period. */
@OpsFlowIntegrationTest
class LeaveRegisterTest {

  @Autowired
  LeaveRegister register;

  void leave(String number, String user, LocalDate from, LocalDate to, String days, String status) {
    register.register(number, "pi-" + number, user, "demo-second-line", "personal", from, to, new BigDecimal(days),
        false, true, "测试");
    if (!LeaveRegister.PENDING.equals(status)) {
      register.decide(number, status, "demo-team-lead", "测试");
    }
  }

  @Test
  void shouldCountOnlyApprovedLeaveOfTheUserInsideThePeriod() {
    String user = "lv-register-user";
    leave("LV-20400105-0001", user, LocalDate.of(2040, 1, 5), LocalDate.of(2040, 1, 5), "0.5", LeaveRegister.APPROVED);
    leave("LV-20400110-0001", user, LocalDate.of(2040, 1, 10), LocalDate.of(2040, 1, 11), "2", LeaveRegister.APPROVED);
    leave("LV-20400130-0001", user, LocalDate.of(2040, 1, 30), LocalDate.of(2040, 2, 2), "4", LeaveRegister.APPROVED);
    leave("LV-20400115-0001", user, LocalDate.of(2040, 1, 15), LocalDate.of(2040, 1, 15), "1", LeaveRegister.REJECTED);
    leave("LV-20400116-0001", user, LocalDate.of(2040, 1, 16), LocalDate.of(2040, 1, 16), "1", LeaveRegister.PENDING);
    leave("LV-20400117-0001", "lv-someone-else", LocalDate.of(2040, 1, 17), LocalDate.of(2040, 1, 17), "1",
        LeaveRegister.APPROVED);

    assertThat(register.approvedLeaveDays(user, LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 31)))
        .as("0.5 + 2 + 2 of the 4 days that fall in January").isEqualByComparingTo("4.5");
    assertThat(register.approvedLeaveDays(user, LocalDate.of(2040, 2, 1), LocalDate.of(2040, 2, 29)))
        .isEqualByComparingTo("2");
    assertThat(register.approvedLeaveDays(user, LocalDate.of(2040, 1, 12), LocalDate.of(2040, 1, 29)))
        .as("rejected and pending leave is no leave").isEqualByComparingTo("0");
    assertThat(register.find("LV-20400110-0001").orElseThrow())
        .extracting(LeaveRegister.Leave::status, LeaveRegister.Leave::approvedBy)
        .containsExactly(LeaveRegister.APPROVED, "demo-team-lead");
    assertThatThrownBy(() -> register.approvedLeaveDays(user, LocalDate.of(2040, 2, 1), LocalDate.of(2040, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
