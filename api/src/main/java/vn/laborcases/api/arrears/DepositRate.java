package vn.laborcases.api.arrears;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The 1-month deposit rate of a bank from a date, in percent per year (e.g. 4.75). Interest at
 * this rate counts actual days over a 365-day year. The rate is kept without trailing zeros, so
 * that 1.60 and 1.6 are the same rate however they were written.
 */
public record DepositRate(
        String bank,
        BigDecimal annualPercent,
        LocalDate effectiveFrom) {

    public DepositRate {
        if (annualPercent != null) {
            annualPercent = annualPercent.stripTrailingZeros();
            if (annualPercent.scale() < 0) {
                annualPercent = annualPercent.setScale(0);
            }
        }
    }
}
