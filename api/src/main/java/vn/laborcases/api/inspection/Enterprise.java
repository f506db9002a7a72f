package vn.laborcases.api.inspection;

import vn.laborcases.api.Province;
import vn.laborcases.api.TaxCode;

/**
 * The enterprise inspected, as far as the rules and the reports need it; sector is its VSIC code.
 */
public record Enterprise(
        TaxCode taxCode,
        String name,
        Province province,
        int headcount,
        Ownership ownership,
        String sector) {
}
