package vn.laborcases.api.arrears;

/**
 * The minimum-wage regions I to IV; each commune belongs to one (Decree 293/2025 Appendix). The
 * amounts are rule data by effective date, never part of this enum.
 */
public enum WageRegion {
    I, II, III, IV
}
