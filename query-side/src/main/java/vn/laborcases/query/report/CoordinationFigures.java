package vn.laborcases.query.report;

import com.fasterxml.jackson.annotation.JsonProperty;

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

    @JsonProperty
    public long amountsRecovered() {
        return arrearsRecovered + finesCollected;
    }

    /** Strikes under the procedure and work stoppages outside it, counted together. */
    @JsonProperty
    public int stoppages() {
        return strikesStarted + workStoppagesReported;
    }
}
