package vn.laborcases.demo.run;

import vn.laborcases.demo.plan.CasePlan;

/**
 * How one case ended: its status on the command side, and whether a statutory deadline lapsed
 * first and made the rest of its plan moot (the server recorded the lapse; the generator then
 * stops that case, as an inspector would).
 */
public record CaseOutcome(CasePlan plan, String status, boolean overtakenByDeadline) {
}
