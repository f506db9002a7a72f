package vn.laborcases.faults;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTest {

    @Test
    void keepsEveryAcknowledgedVersionOfACaseAndItsNumber() {
        var ledger = new Ledger();
        ledger.acknowledged("case-1", "LD-79-2026-000001", 0);
        ledger.acknowledged("case-1", "LD-79-2026-000001", 3);
        ledger.acknowledged("case-1", "LD-79-2026-000001", 1);
        ledger.acknowledged("case-2", "IN-01-2026-000001", 0);

        var snapshot = ledger.snapshot();
        assertThat(ledger.acknowledgedCommands()).isEqualTo(4);
        assertThat(ledger.cases()).isEqualTo(2);
        assertThat(snapshot.get("case-1").versions()).containsExactly(0L, 1L, 3L);
        assertThat(snapshot.get("case-1").lastVersion()).isEqualTo(3);
        assertThat(snapshot.get("case-2").caseNumber()).isEqualTo("IN-01-2026-000001");
    }

    @Test
    void aRetriedCommandAnsweredTwiceIsOneVersion() {
        var ledger = new Ledger();
        ledger.acknowledged("case-1", "LD-79-2026-000001", 2);
        ledger.acknowledged("case-1", "LD-79-2026-000001", 2);

        assertThat(ledger.snapshot().get("case-1").versions()).containsExactly(2L);
    }

    @Test
    void aCaseAnsweredWithAnotherNumberIsEvidenceOfABug() {
        var ledger = new Ledger();
        ledger.acknowledged("case-1", "LD-79-2026-000001", 0);

        assertThatThrownBy(() -> ledger.acknowledged("case-1", "LD-79-2026-000002", 1))
                .hasMessageContaining("LD-79-2026-000002");
    }

    @Test
    void theSnapshotDoesNotChangeWithLaterAcknowledgements() {
        var ledger = new Ledger();
        ledger.acknowledged("case-1", "WA-01-2026-000001", 0);
        var snapshot = ledger.snapshot();
        ledger.acknowledged("case-1", "WA-01-2026-000001", 1);

        assertThat(snapshot.get("case-1").versions()).containsExactly(0L);
    }
}
