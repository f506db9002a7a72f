package vn.laborcases.query.security;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.Province;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The SQL a jurisdiction adds: nothing for a national reader, province = ANY(...) for any other. */
class JurisdictionTest {

    private static final Jurisdiction HA_NOI_ONLY = () -> Set.of(Province.HA_NOI);

    @Test
    void aNationalReadersQueriesKeepTheirShape() {
        List<String> conditions = new ArrayList<>();
        new AllProvinces().narrow(conditions, "province");
        assertThat(conditions).isEmpty();
        assertThat(new AllProvinces().sql("c.province")).isEqualTo("TRUE");
        Jurisdiction everyProvinceNamed = () -> EnumSet.allOf(Province.class);
        assertThat(everyProvinceNamed.national()).isTrue();
    }

    @Test
    void aProvincialReadersQueriesAreNarrowedToTheirProvinces() {
        List<String> conditions = new ArrayList<>(List.of("status = :status"));
        HA_NOI_ONLY.narrow(conditions, "d.province");
        assertThat(conditions).containsExactly("status = :status", "d.province = ANY(:readerProvinces)");
        assertThat(HA_NOI_ONLY.national()).isFalse();
        assertThat(HA_NOI_ONLY.covers(Province.HA_NOI)).isTrue();
        assertThat(HA_NOI_ONLY.covers(Province.HO_CHI_MINH)).isFalse();
        assertThat(HA_NOI_ONLY.covers(null)).isFalse();
    }

    @Test
    void aReaderOfNoProvinceSeesNothing() {
        Jurisdiction none = Set::of;
        assertThat(none.national()).isFalse();
        assertThat(none.sql("province")).isEqualTo("province = ANY(:readerProvinces)");
    }
}
