package vn.laborcases.rules;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Every rule set the law has had, chosen by the date of the triggering event. The versions
 * live in {@code rule-sets.json}: a change in the law is a new entry there, not a code change.
 */
public final class RuleSets {

    private static final String RESOURCE = "/vn/laborcases/rules/rule-sets.json";
    private static volatile RuleSets vietnam;

    private final List<RuleSet> byEffectiveDate;

    private RuleSets(List<RuleSet> ruleSets) {
        if (ruleSets.isEmpty()) {
            throw new IllegalArgumentException("At least one rule set is required");
        }
        this.byEffectiveDate = ruleSets.stream().sorted(Comparator.comparing(RuleSet::effectiveFrom)).toList();
        for (int i = 1; i < byEffectiveDate.size(); i++) {
            if (byEffectiveDate.get(i).effectiveFrom().equals(byEffectiveDate.get(i - 1).effectiveFrom())) {
                throw new IllegalArgumentException("Two rule sets take effect on " + byEffectiveDate.get(i).effectiveFrom());
            }
        }
        if (byEffectiveDate.stream().map(RuleSet::version).distinct().count() != byEffectiveDate.size()) {
            throw new IllegalArgumentException("Rule-set versions must be unique");
        }
    }

    public static RuleSets of(List<RuleSet> ruleSets) {
        return new RuleSets(ruleSets);
    }

    /** The rule sets shipped with the system. */
    public static RuleSets vietnam() {
        if (vietnam == null) {
            synchronized (RuleSets.class) {
                if (vietnam == null) {
                    vietnam = load();
                }
            }
        }
        return vietnam;
    }

    /** The rule set in force on {@code date}. */
    public RuleSet effectiveOn(LocalDate date) {
        RuleSet inForce = null;
        for (RuleSet ruleSet : byEffectiveDate) {
            if (ruleSet.effectiveFrom().isAfter(date)) {
                break;
            }
            inForce = ruleSet;
        }
        if (inForce == null) {
            throw new IllegalArgumentException("No rule set is in force on " + date
                    + "; the earliest takes effect on " + byEffectiveDate.get(0).effectiveFrom());
        }
        return inForce;
    }

    public RuleSet version(String version) {
        return byEffectiveDate.stream().filter(r -> r.version().equals(version)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown rule-set version " + version));
    }

    public List<RuleSet> all() {
        return byEffectiveDate;
    }

    private static RuleSets load() {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);
        try (InputStream in = RuleSets.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Rule sets not found on the classpath at " + RESOURCE);
            }
            return new RuleSets(mapper.readValue(in, new TypeReference<List<RuleSet>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }
}
