package vn.laborcases.query.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void amountsDatesMonthsEnumsAndProvincesReadAsWords() throws Exception {
        JsonNode values = JSON.readTree("""
                {"amount":14880000000,"day":"2026-03-03","moment":"2026-03-03T00:00+07:00","month":"2026-01",
                 "kind":"WAGES_LATE_OR_SHORT","si":"SI_NOT_PAID","province":"HO_CHI_MINH","scope":["LABOR_LAW","OSH"],
                 "late":true,"complied":false,"workers":1200}""");
        assertThat(format(values, "amount", "vnd")).isEqualTo("14,880,000,000 VND");
        assertThat(format(values, "workers", "number")).isEqualTo("1,200");
        assertThat(format(values, "day", "date")).isEqualTo("3 March 2026");
        assertThat(format(values, "moment", "date")).isEqualTo("3 March 2026");
        assertThat(format(values, "month", "month")).isEqualTo("January 2026");
        assertThat(format(values, "kind", "enum")).isEqualTo("wages late or short");
        assertThat(format(values, "si", "enum")).isEqualTo("SI not paid");
        assertThat(format(values, "province", "province")).isEqualTo("Hồ Chí Minh");
        assertThat(format(values, "scope", "enum")).isEqualTo("labor law, OSH");
        assertThat(format(values, "scope", "count")).isEqualTo("2");
        assertThat(format(values, "late", "text")).isEqualTo("yes");
        assertThat(SentenceFormats.format(values.path("late"), "if", "late")).isEqualTo("late");
        assertThat(SentenceFormats.format(values.path("complied"), "if", "complied")).isEmpty();
        assertThat(SentenceFormats.format(values.path("complied"), "either", "complied/not complied"))
                .isEqualTo("not complied");
        assertThat(format(values, "missing", "vnd")).isEmpty();
        assertThat(SentenceFormats.camelWords("ClaimLineAdded")).isEqualTo("claim line added");
    }

    @Test
    void anOptionalPartIsLeftOutWhenItHasNothingToSay() throws Exception {
        Sentences sentences = Sentences.of(Map.of("PaidEvent",
                "paid {amount|vnd}[, reference {reference}][ ({late|if:late})], {reference}."));
        JsonNode bare = JSON.readTree("{\"amount\":5000,\"reference\":null,\"late\":false}");
        JsonNode full = JSON.readTree("{\"amount\":5000,\"reference\":\"UNC 7\",\"late\":true}");
        assertThat(sentences.render("PaidEvent", bare, Map.of())).isEqualTo("Paid 5,000 VND, —.");
        assertThat(sentences.render("PaidEvent", full, Map.of())).isEqualTo("Paid 5,000 VND, reference UNC 7 (late), UNC 7.");
    }

    private static String format(JsonNode values, String field, String format) {
        return SentenceFormats.format(values.path(field), format, "");
    }
}
