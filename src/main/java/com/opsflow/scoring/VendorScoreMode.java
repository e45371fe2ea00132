package com.opsflow.scoring;

/**
 * How the engineers' period scores of one contract make the vendor's period score, the base of
 * 服务商年考核分 (A-5.5.3, B-2.6.3, C). The seeds score per engineer (the sheet names 工程师) but deduct from the
 * vendor once; how the engineers combine is not in the seeds — the bureau's to confirm (docs/adr/0006).
 */
public enum VendorScoreMode {
  /** The vendor's period score is the average of the engineers scored in that period. */
  AVERAGE,
  /** The contract is evaluated as one: exactly one evaluated score per period (more than one is refused). */
  SINGLE
}
