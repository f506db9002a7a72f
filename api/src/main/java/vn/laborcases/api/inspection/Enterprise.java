package vn.laborcases.api.inspection;

import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * The enterprise inspected, as far as the rules and the reports need it; sector is its VSIC code.
 * Headcount, ownership and sector are null while unknown, as when an inspection is opened on
 * a referral that did not state them; the inspectors add them from the enterprise's records.
 */
public record Enterprise(
        TaxCode taxCode,
        String name,
        Province province,
        Integer headcount,
        Ownership ownership,
        String sector) {
}
