package vn.laborcases.command.arrears;

import java.time.LocalDate;

/** The payload of the durable deadline that turns an unpaid contribution line into evasion on its day. */
record EvasionCheck(int lineNo, LocalDate evasionFrom) {
}
