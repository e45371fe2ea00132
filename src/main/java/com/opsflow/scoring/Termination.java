package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What terminating the contract deducts: "扣除未能履行合同服务时间所对应的金额" (A-5.5.3, B-2.6.3) — the annual
 * contract amount for every day of the service period (contract start + {@code opsflow.scoring.service-years}) from
 * {@code effective} on, pro rata per contract year (amount × days left in that year / days of that year), rounded to
 * cents HALF_UP once. {@code deduction} is null when the contract's start or amount is not configured
 * ({@link Payment.Basis#BUREAU_DECIDES}).
 */
public record Termination(Contract contract, LocalDate contractStart, LocalDate serviceEnd, LocalDate effective,
    BigDecimal contractAmount, long daysNotServed, BigDecimal deduction, Payment.Basis basis) {
}
