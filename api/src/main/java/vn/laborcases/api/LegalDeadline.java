package vn.laborcases.api;

import java.time.LocalDate;

/**
 * A statutory deadline: the last day ({@code dueOn}, Asia/Ho_Chi_Minh) on which the step is
 * still on time, and the provision that sets it.
 */
public record LegalDeadline(DeadlineKind kind, LocalDate dueOn, String legalBasis) implements Due {
}
