package vn.laborcases.command.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyErrorsTest {

    @Test
    void pathsNameTheFieldsAsTheClientWroteThem() {
        assertThat(RequestBodyErrors.simplify(
                "vn.laborcases.command.dispute.DisputeRequests$FileDispute[\"tolledPeriods\"]->java.util.ArrayList[0]->vn.laborcases.command.dispute.DisputeRequests$TolledPeriodRequest[\"from\"]"))
                .isEqualTo("tolledPeriods[0].from");
        assertThat(RequestBodyErrors.simplify("vn.laborcases.X[\"settledOn\"]")).isEqualTo("settledOn");
    }
}
