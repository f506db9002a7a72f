package vn.laborcases.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PgBenchTest {

    @Test
    void takesTheRateWithoutTheTimeSpentConnecting() {
        String output = """
                transaction type: /tmp/single-insert.sql
                scaling factor: 1
                query mode: prepared
                number of clients: 16
                number of threads: 2
                duration: 30 s
                number of transactions actually processed: 525123
                latency average = 0.913 ms
                initial connection time = 21.431 ms
                tps = 17504.123456 (without initial connection time)
                """;

        assertThat(PgBench.parseTps(output)).isEqualTo(17504.123456);
    }

    @Test
    void takesTheOnlyRateOfAnOlderPgbench() {
        assertThat(PgBench.parseTps("tps = 3998.5 (including connections establishing)\n")).isEqualTo(3998.5);
    }

    @Test
    void saysSoWhenThereIsNoRate() {
        assertThatThrownBy(() -> PgBench.parseTps("connection to server failed"))
                .hasMessageContaining("No tps");
    }

    @Test
    void theRowIsAboutOneKilobyte() {
        assertThat(PgBench.PAYLOAD.length()).isBetween(1000, 1100);
    }
}
