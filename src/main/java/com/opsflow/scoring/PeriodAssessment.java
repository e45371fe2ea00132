package com.opsflow.scoring;

import com.opsflow.scoring.ScoringDecisions.Action;
import com.opsflow.scoring.ScoringDecisions.Contract;
import java.math.BigDecimal;

/** The {@code score-action} verdict for one period, with the history figures it was decided on. */
public record PeriodAssessment(Contract contract, BigDecimal score, int periodsBelow50, int consecutiveBelow40,
    Action action) {
}
