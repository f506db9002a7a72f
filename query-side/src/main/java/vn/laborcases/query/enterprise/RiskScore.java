package vn.laborcases.query.enterprise;

/**
 * How closely supervisors should watch an enterprise, from 0 to 100: the sum of four capped
 * parts, so that every point can be explained to the enterprise.
 * <ul>
 *   <li><b>repeat findings</b>: 20 points each, at most 40 (a repeat is a violation the
 *       enterprise was already told about);</li>
 *   <li><b>outstanding arrears</b>: 10 points per full {@value #ARREARS_STEP_VND} VND still owed
 *       to workers or the SI fund, at most 30;</li>
 *   <li><b>open cases</b> of any type: 5 points each, at most 15;</li>
 *   <li><b>unlawful work stoppages</b>: 15 points if there was any (a sign of a breakdown in
 *       labor relations).</li>
 * </ul>
 * The band is LOW below 25, MEDIUM below 50, HIGH from 50. E.g. one repeat finding, 250 M VND
 * outstanding and two open cases: 20 + 20 + 10 = 50, HIGH.
 */
public final class RiskScore {

    public static final long ARREARS_STEP_VND = 100_000_000L;

    public enum Band { LOW, MEDIUM, HIGH }

    public record Score(int points, Band band) {
    }

    private RiskScore() {
    }

    public static Score of(long repeatFindings, long outstandingArrears, long openCases, long unlawfulStoppages) {
        long points = Math.min(40, 20 * Math.max(0, repeatFindings))
                + Math.min(30, 10 * (Math.max(0, outstandingArrears) / ARREARS_STEP_VND))
                + Math.min(15, 5 * Math.max(0, openCases))
                + (unlawfulStoppages > 0 ? 15 : 0);
        Band band = points < 25 ? Band.LOW : points < 50 ? Band.MEDIUM : Band.HIGH;
        return new Score((int) points, band);
    }
}
