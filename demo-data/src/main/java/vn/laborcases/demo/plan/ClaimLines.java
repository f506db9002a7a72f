package vn.laborcases.demo.plan;

import vn.laborcases.api.arrears.WageRegion;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static vn.laborcases.demo.plan.Steps.body;

/**
 * The claim lines of an arrears complaint, with long-tailed amounts: a monthly wage drawn
 * log-normally around the region's typical pay (now and then below the regional minimum),
 * times the workers and the months owed.
 */
final class ClaimLines {

    /** Regional minimum wages of Decree 293/2025, to draw wages a little below them on purpose. */
    private static final Map<WageRegion, Long> MINIMUM = Map.of(WageRegion.I, 5_310_000L, WageRegion.II, 4_730_000L,
            WageRegion.III, 4_140_000L, WageRegion.IV, 3_700_000L);
    /** The share of the wage the employer and the worker owe the SI office together. */
    private static final double SI_SHARE = 0.32;

    private ClaimLines() {
    }

    /** One to three lines for {@code workers} workers, owed before {@code receivedOn}. */
    static List<Map<String, Object>> draw(Dice dice, WageRegion region, int workers, LocalDate receivedOn,
                                          LocalDate claimedOn) {
        List<Map<String, Object>> lines = new ArrayList<>();
        long wage = dice.chance(0.12)
                ? Math.round(MINIMUM.get(region) * (0.8 + 0.18 * dice.unit()))
                : dice.logNormal(MINIMUM.get(region) * 1.5, 0.35);
        YearMonth periodTo = YearMonth.from(receivedOn).minusMonths(dice.between(1, 3));
        int months = dice.chance(0.7) ? 1 : dice.between(2, 4);
        YearMonth periodFrom = periodTo.minusMonths(months - 1);
        int lineCount = dice.between(1, 3);
        lines.add(body("kind", "WAGES", "periodFrom", periodFrom, "periodTo", periodTo,
                "principal", wage * workers * months, "dueOn", periodTo.plusMonths(1).atDay(5),
                "monthlyWagePerWorker", wage, "claimedOn", claimedOn));
        if (lineCount >= 2) {
            // SI contributions fall due on the last day of the following month (SI Law 41/2024 Art 34(4)).
            lines.add(body("kind", "SOCIAL_INSURANCE", "periodFrom", periodFrom, "periodTo", periodTo,
                    "principal", Math.round(wage * SI_SHARE) * workers * months,
                    "dueOn", periodTo.plusMonths(1).atEndOfMonth(), "claimedOn", claimedOn));
        }
        if (lineCount == 3) {
            lines.add(body("kind", "OVERTIME", "periodFrom", periodTo, "periodTo", periodTo,
                    "principal", dice.logNormal(1_200_000, 0.8) * workers, "dueOn", periodTo.plusMonths(1).atDay(5),
                    "claimedOn", claimedOn));
        }
        return lines;
    }

    static long total(List<Map<String, Object>> lines) {
        return lines.stream().mapToLong(line -> (Long) line.get("principal")).sum();
    }
}
