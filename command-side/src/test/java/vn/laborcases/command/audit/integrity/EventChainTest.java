package vn.laborcases.command.audit.integrity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class EventChainTest {

    @Test
    void headerFieldsAreLengthPrefixedAndNullIsADash() {
        assertThat(EventChain.header(12, "e-1", "agg", 3, null, "p.Điều", null, "2026-01-01T10:00:00.000Z"))
                .isEqualTo("2:123:e-13:agg1:3-9:p.Điều-24:2026-01-01T10:00:00.000Z");
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        assertThat(EventChain.header(1, "ab", "c", 0, "T", "P", null, "t"))
                .isNotEqualTo(EventChain.header(1, "a", "bc", 0, "T", "P", null, "t"));
    }

    /** The value PostgreSQL's trigger (migration V4) stored for this row on a scratch database. */
    @Test
    void matchesTheHashPostgreSqlComputes() {
        byte[] hash = EventChain.eventHash(EventChain.genesis(),
                EventChain.header(1, "eca26941bc5187d1e2983961edb6dbb6", "agg-1", 0, "T", "p.E", null,
                        "2026-01-01T10:00:00.000Z"),
                EventChain.digestOrZero("{\"x\":0}".getBytes(StandardCharsets.UTF_8)),
                EventChain.digestOrZero("{\"a\":1}".getBytes(StandardCharsets.UTF_8)));

        assertThat(EventChain.hex(hash)).isEqualTo("1ff884824f9bdb3c93011dfd211b6423a5d47423c25703c3e13e29807b22137d");
    }

    @Test
    void absentMetadataDigestsToZeroNotToTheHashOfNothing() {
        assertThat(EventChain.digestOrZero(null)).isEqualTo(new byte[32]);
        assertThat(EventChain.digestOrZero(new byte[0])).isNotEqualTo(new byte[32]);
    }
}
