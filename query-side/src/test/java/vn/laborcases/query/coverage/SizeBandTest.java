package vn.laborcases.query.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SizeBandTest {

    @Test
    void bandsFollowTheHeadcountAtTheirEdges() {
        assertThat(SizeBand.of(1)).isEqualTo(SizeBand.MICRO_1_10);
        assertThat(SizeBand.of(10)).isEqualTo(SizeBand.MICRO_1_10);
        assertThat(SizeBand.of(11)).isEqualTo(SizeBand.SMALL_11_50);
        assertThat(SizeBand.of(50)).isEqualTo(SizeBand.SMALL_11_50);
        assertThat(SizeBand.of(51)).isEqualTo(SizeBand.MEDIUM_51_200);
        assertThat(SizeBand.of(200)).isEqualTo(SizeBand.MEDIUM_51_200);
        assertThat(SizeBand.of(201)).isEqualTo(SizeBand.LARGE_201_PLUS);
        assertThat(SizeBand.of(12_000)).isEqualTo(SizeBand.LARGE_201_PLUS);
    }

    @Test
    void noHeadcountIsUnknown() {
        assertThat(SizeBand.of(null)).isEqualTo(SizeBand.UNKNOWN);
        assertThat(SizeBand.of(0)).isEqualTo(SizeBand.UNKNOWN);
        assertThat(SizeBand.UNKNOWN.label()).isEqualTo("unknown");
        assertThat(SizeBand.LARGE_201_PLUS.label()).isEqualTo("201+");
    }
}
