package vn.laborcases.query.caselist;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.laborcases.api.Province;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The number of screens one instance streams to is bounded; beyond it, 503. */
class CaseListBroadcasterTest {

    @Test
    void refusesSubscribersBeyondItsMaximum() {
        var broadcaster = new CaseListBroadcaster(ids -> List.of(), 2, 60_000);
        broadcaster.subscribe(Province.HO_CHI_MINH);
        broadcaster.subscribe(Province.HA_NOI);

        assertThatThrownBy(() -> broadcaster.subscribe(Province.HO_CHI_MINH))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
        assertThat(broadcaster.subscribers()).isEqualTo(2);
    }
}
