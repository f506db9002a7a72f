package vn.laborcases.api.dispute;

/**
 * The individual disputes that need not go through a labor mediator first (Labor Code Art 188(1)).
 */
public enum MediationExemption {
    /** Dismissal as a disciplinary measure, or unilateral termination of the labor contract. */
    DISMISSAL_OR_UNILATERAL_TERMINATION,
    /** Damages or allowances on termination of the labor contract. */
    TERMINATION_DAMAGES_OR_ALLOWANCES,
    /** Between a domestic worker and the employer. */
    DOMESTIC_WORKER,
    /** Social, health, unemployment or occupational-accident insurance. */
    INSURANCE,
    /** Damages between a worker and an agency that places workers abroad under contract. */
    OVERSEAS_PLACEMENT_DAMAGES,
    /** Between an outsourced worker and the employer that hired the worker. */
    OUTSOURCED_WORKER
}
