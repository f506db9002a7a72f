package vn.laborcases.demo;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoDataCommandTest {

    @Test
    void theDefaultsAreTheLocalCommandSideAndItsDemoUsers() {
        Options options = Options.parse();
        assertThat(options.commandUrl()).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(options.cases()).isEqualTo(300);
        assertThat(options.seed()).isEqualTo(42);
        assertThat(options.threads()).isEqualTo(4);
        assertThat(options.inspector().header()).isEqualTo("Basic aW5zcGVjdG9yOmRlbW8=");
        assertThat(options.supervisor().user()).isEqualTo("supervisor");
    }

    @Test
    void anEventTargetAloneSetsNoCaseLimit() {
        Options options = Options.parse("--events=1000000", "--today=2026-06-30", "--token=abc");
        assertThat(options.cases()).isNull();
        assertThat(options.events()).isEqualTo(1_000_000);
        assertThat(options.today()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(options.inspector().header()).isEqualTo("Bearer abc");
    }

    @Test
    void anUnknownOrMalformedArgumentIsRefused() {
        assertThatThrownBy(() -> Options.parse("--case=3")).hasMessageContaining("--case=3");
        assertThatThrownBy(() -> Options.parse("--threads=0")).isInstanceOf(IllegalArgumentException.class);
        assertThat(DemoDataCommand.run("--cases=many")).isEqualTo(64);
    }

    @Test
    void anUnreachableCommandSideExitsWithTwo() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThat(DemoDataCommand.run("--command-url=http://localhost:" + closedPort, "--cases=1")).isEqualTo(2);
    }
}
