package vn.laborcases.query.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.laborcases.api.Province;

/**
 * A frozen coordination report: the figures of a period as computed from every event up to
 * global position {@code position}. periodComplete is false for a snapshot frozen before the
 * period ended (in Vietnam time), whose figures can still grow in a later version.
 */
public record CoordinationReport(
        UUID id,
        int year,
        Half half,
        Province province,
        int version,
        LocalDate periodFrom,
        LocalDate periodTo,
        long position,
        Instant frozenAt,
        boolean periodComplete,
        CoordinationFigures figures) {

    public ReportPeriod period() {
        return new ReportPeriod(year, half, province);
    }
}
