package vn.laborcases.api.inspection;

import java.util.UUID;
import vn.laborcases.api.CaseNumber;
import vn.laborcases.api.CaseType;

/**
 * Another case this one comes from: its type, id and number.
 */
public record CaseLink(
        CaseType caseType,
        UUID caseId,
        CaseNumber caseNumber) {
}
