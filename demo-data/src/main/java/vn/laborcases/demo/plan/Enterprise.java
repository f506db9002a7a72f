package vn.laborcases.demo.plan;

import vn.laborcases.api.Province;
import vn.laborcases.api.arrears.WageRegion;
import vn.laborcases.api.inspection.Ownership;

/** An employer the cases are about; several cases may share one (repeat findings, repeat complaints). */
public record Enterprise(String taxCode, String name, Province province, WageRegion region, int headcount,
                         Ownership ownership, String sector) {

    /** The size bands of the inspection-coverage statistics. */
    public String sizeBand() {
        if (headcount <= 10) {
            return "1-10";
        }
        if (headcount <= 50) {
            return "11-50";
        }
        return headcount <= 200 ? "51-200" : "201+";
    }
}
