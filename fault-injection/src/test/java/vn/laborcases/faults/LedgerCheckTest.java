package vn.laborcases.faults;

import org.junit.jupiter.api.Test;
import vn.laborcases.faults.LedgerCheck.StoredEvent;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerCheckTest {

    private static StoredEvent byInspector(String caseId, long sequence, String key, String command) {
        return new StoredEvent(caseId, sequence, "INSPECTOR", key, command);
    }

    private static Ledger ledger(String caseId, String number, long... versions) {
        var ledger = new Ledger();
        for (long version : versions) {
            ledger.acknowledged(caseId, number, version);
        }
        return ledger;
    }

    @Test
    void aStoreHoldingExactlyTheAcknowledgedCommandsPasses() {
        var ledger = ledger("a", "N-1", 0, 2);
        var store = List.of(byInspector("a", 0, "k0", "c0"), byInspector("a", 1, "k1", "c1"),
                byInspector("a", 2, "k1", "c1"));

        var verdict = LedgerCheck.check(ledger.snapshot(), store);

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.checkedVersions()).isEqualTo(2);
    }

    @Test
    void anAcknowledgedVersionMissingFromTheStoreIsALostCommand() {
        var verdict = LedgerCheck.check(ledger("a", "N-1", 0, 1).snapshot(), List.of(byInspector("a", 0, "k0", "c0")));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.lostCount()).isEqualTo(1);
        assertThat(verdict.lost()).containsExactly("a@1");
        assertThat(verdict.casesOffCount()).isEqualTo(1);
    }

    @Test
    void aCallersEventAfterTheLastAcknowledgedVersionIsAPhantomWrite() {
        var store = List.of(byInspector("a", 0, "k0", "c0"), byInspector("a", 1, "k1", "c1"));

        var verdict = LedgerCheck.check(ledger("a", "N-1", 0).snapshot(), store);

        assertThat(verdict.phantomCount()).isEqualTo(1);
        assertThat(verdict.casesOffCount()).isEqualTo(1);
    }

    @Test
    void aLapsedDeadlineAfterTheLastAcknowledgedVersionIsNoPhantom() {
        var store = List.of(byInspector("a", 0, "k0", "c0"), new StoredEvent("a", 1, LedgerCheck.SYSTEM_ROLE, null, "d1"));

        assertThat(LedgerCheck.check(ledger("a", "N-1", 0).snapshot(), store).passed()).isTrue();
    }

    @Test
    void oneRequestHandledAsTwoCommandsIsAppliedTwice() {
        var store = List.of(byInspector("a", 0, "k0", "c0"), byInspector("a", 1, "k1", "c1"),
                byInspector("a", 2, "k1", "c2"));

        var verdict = LedgerCheck.check(ledger("a", "N-1", 0, 2).snapshot(), store);

        assertThat(verdict.duplicatedCount()).isEqualTo(1);
        assertThat(verdict.duplicated().get(0)).contains("k1");
        assertThat(verdict.passed()).isFalse();
    }

    @Test
    void oneCaseNumberOnTwoCasesIsReported() {
        var ledger = ledger("a", "N-1", 0);
        ledger.acknowledged("b", "N-1", 0);
        ledger.acknowledged("c", "N-2", 0);
        var store = List.of(byInspector("a", 0, "ka", "ca"), byInspector("b", 0, "kb", "cb"),
                byInspector("c", 0, "kc", "cc"));

        var verdict = LedgerCheck.check(ledger.snapshot(), store);

        assertThat(verdict.duplicateNumbersCount()).isEqualTo(1);
        assertThat(verdict.duplicateNumbers()).containsExactly("N-1 on [a, b]");
    }

    @Test
    void casesTheLoadNeverTouchedAreNotJudged() {
        var store = new ArrayList<>(List.of(byInspector("a", 0, "k0", "c0")));
        store.add(byInspector("opened-by-a-handler", 0, "k0", "c9"));

        assertThat(LedgerCheck.check(ledger("a", "N-1", 0).snapshot(), store).passed()).isTrue();
    }

    @Test
    void onlyTheFirstFewExamplesAreKeptButAllAreCounted() {
        var ledger = new Ledger();
        for (int i = 0; i < 25; i++) {
            ledger.acknowledged("case-" + i, "N-" + i, 0);
        }

        var verdict = LedgerCheck.check(ledger.snapshot(), List.of());

        assertThat(verdict.lostCount()).isEqualTo(25);
        assertThat(verdict.lost()).hasSize(10);
    }
}
