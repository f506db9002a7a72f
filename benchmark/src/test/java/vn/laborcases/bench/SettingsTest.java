package vn.laborcases.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTest {

    private static final String[] REQUIRED = {"--jdbc-url=jdbc:postgresql://127.0.0.1:5432/x", "--pgbench=pgbench",
            "--command-pid=1", "--query-pid=2", "--command-jar=c.jar", "--query-jar=q.jar"};

    private static Settings parse(String... more) {
        String[] args = new String[REQUIRED.length + more.length];
        System.arraycopy(REQUIRED, 0, args, 0, REQUIRED.length);
        System.arraycopy(more, 0, args, REQUIRED.length, more.length);
        return Settings.parse(args);
    }

    @Test
    void theSmokeRunSkipsTheWarmUpAndAFullRunAllowsFiveMinutes() {
        assertThat(parse("--smoke").warmUpLimit()).isEqualTo(Duration.ZERO);
        assertThat(parse().warmUpLimit()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aWarmUpOfNoSecondsIsAllowedButNotANegativeOne() {
        assertThat(parse("--warm-up-seconds=0").warmUpLimit()).isEqualTo(Duration.ZERO);
        assertThatThrownBy(() -> parse("--warm-up-seconds=-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--warm-up-seconds must be at least 0");
    }

    @Test
    void otherCountsStillStartAtOne() {
        assertThatThrownBy(() -> parse("--load-seconds=0"))
                .hasMessageContaining("--load-seconds must be at least 1");
    }
}
