package vn.laborcases.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** An app's /actuator/prometheus page as a test reads it: one series' value by its exact name and labels. */
public final class PrometheusPage {

    private PrometheusPage() {
    }

    /** The page's text; the caller must be allowed to read metrics. */
    public static String scrape(Http http) {
        var response = http.get("/actuator/prometheus");
        assertThat(response.status()).isEqualTo(200);
        return response.raw().body();
    }

    /** The value of a series written exactly as Prometheus prints it, e.g. {@code name{tag="x"}}; it must be there. */
    public static double value(String page, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(page);
        assertThat(line.find()).as(series + " in /actuator/prometheus").isTrue();
        return Double.parseDouble(line.group(1));
    }
}
