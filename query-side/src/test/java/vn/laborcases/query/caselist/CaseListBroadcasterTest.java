package vn.laborcases.query.caselist;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.laborcases.api.Province;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The number of screens one instance streams to is bounded; beyond it, 503. */
class CaseListBroadcasterTest {

    private static final Set<Province> EVERY_PROVINCE = EnumSet.allOf(Province.class);

    @Test
    void refusesSubscribersBeyondItsMaximum() {
        var broadcaster = new CaseListBroadcaster(ids -> List.of(), 2, 60_000);
        broadcaster.subscribe(Province.HO_CHI_MINH, EVERY_PROVINCE);
        broadcaster.subscribe(Province.HA_NOI, EVERY_PROVINCE);

        assertThatThrownBy(() -> broadcaster.subscribe(Province.HO_CHI_MINH, EVERY_PROVINCE))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(broadcaster.subscribers()).isEqualTo(2);
    }
}
