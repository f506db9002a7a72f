package vn.laborcases.api.arrears;

import java.time.LocalDate;

/**
 * One instalment of a payment plan: the amount due by a date.
 */
public record Instalment(
        LocalDate dueOn,
        long amount) {
}
