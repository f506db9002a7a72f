package vn.laborcases.security;

import org.junit.jupiter.api.Test;
import vn.laborcases.api.Province;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionsTest {

    @Test
    void provincesByNameOrCodeAndAllForTheCountry() {
        var parsed = Jurisdictions.parse(Jurisdictions.entries("HA_NOI, 79"));
        assertThat(parsed.national()).isFalse();
        assertThat(parsed.provinces()).containsExactlyInAnyOrder(Province.HA_NOI, Province.HO_CHI_MINH);
        assertThat(Jurisdictions.parse(Jurisdictions.entries(List.of("all"))).national()).isTrue();
        assertThat(Jurisdictions.parse(Jurisdictions.entries(null)).provinces()).isEmpty();
    }

    @Test
    void anUnknownProvinceRefusesRatherThanNarrowsOrWidens() {
        assertThatThrownBy(() -> Jurisdictions.parse(List.of("HA_NOI", "ATLANTIS")))
                .hasMessageContaining("ATLANTIS");
    }

    @Test
    void aCallerCoversItsProvincesAndUsesTheFirstRoleTheEndpointAllows() {
        Caller inspector = new Caller("an", Set.of(Role.SUPERVISOR, Role.INSPECTOR), null, Set.of(Province.HUE), false);
        assertThat(inspector.covers(Province.HUE)).isTrue();
        assertThat(inspector.covers(Province.HA_NOI)).isFalse();
        assertThat(inspector.roleFor(Set.of(Role.SUPERVISOR))).isEqualTo(Role.SUPERVISOR);
        assertThat(inspector.roleFor(Set.of(Role.INSPECTOR, Role.SUPERVISOR))).isEqualTo(Role.INSPECTOR);
        assertThat(new Caller("x", Set.of(Role.AUDITOR), null, Set.of(), true).covers(Province.HA_NOI)).isTrue();
        assertThat(inspector.jurisdictionLabel()).isEqualTo("HUE");
    }
}
