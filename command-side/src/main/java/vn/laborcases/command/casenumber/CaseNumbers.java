package vn.laborcases.command.casenumber;

import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;
import vn.laborcases.api.Province;

import java.time.Year;

/** Draws the next human-readable case number for a case type, province and year. */
public interface CaseNumbers {

    CaseNumber next(CaseType type, Province province, Year year);
}
