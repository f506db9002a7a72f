package vn.laborcases.query.report;

/**
 * The figures a coordination conference quotes for one period. Amounts are integer VND;
 * amountsRecovered is the arrears recovered on complaints plus the fines collected.
 */
public record CoordinationFigures(
        int enterprisesInspected,
        long workersAffected,
        long arrearsRecovered,
        long finesCollected,
        int disputesResolved,
        int strikesStarted,
        int workStoppagesReported,
        long workersInStoppages) {

    public long amountsRecovered() {
        return arrearsRecovered + finesCollected;
    }

    /** Strikes under the procedure and work stoppages outside it, counted together. */
    public int stoppages() {
        return strikesStarted + workStoppagesReported;
    }
}
