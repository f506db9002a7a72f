package vn.laborcases.rules.inspection;

/**
 * Where each inspection rule comes from, cited in deadlines and refusals. The fine bands carry
 * their own articles in rule-sets.json, since they are data.
 */
public final class InspectionArticles {
    /** Results report, draft conclusion within 5 working days, appraisal, then the conclusion. */
    public static final String CONCLUSION_PROCEDURE = "Law on Inspection 84/2025/QH15 Art 34";
    /** The phases before the report: decision, announcement, direct inspection. */
    public static final String INSPECTION_PROCEDURE = "Law on Inspection 84/2025/QH15";
    /** Decisions on fines, and following up on their remedies. */
    public static final String SANCTIONS = "Decree 12/2022/ND-CP";

    private InspectionArticles() {
    }
}
