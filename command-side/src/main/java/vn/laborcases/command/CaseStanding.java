package vn.laborcases.command;

import vn.laborcases.api.CaseType;

/**
 * An aggregate that can say where its case stands, as its GET endpoint answers. The auditors'
 * replay reads a case rebuilt at a past moment through this same view, so that a past state
 * and the current one are the same JSON.
 */
public interface CaseStanding {

    CaseType caseType();

    CaseState state();
}
