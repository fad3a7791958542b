package th.moralorg.organisationcase;

/** Where a case stands (docs/processes.md); stored in mo.organisation_case.status. */
public enum CaseStatus {
    REGISTERED,
    CORRECTION_REQUESTED,
    REJECTED,
    ACCEPTED,
    IN_PROGRESS,
    SUBMITTED,
    REVISION_REQUESTED,
    AWAITING_PROVINCIAL_REVIEW,
    PROVINCIALLY_CERTIFIED,
    NOT_CERTIFIED,
    NATIONALLY_ENDORSED,
    NATIONALLY_NOT_ENDORSED,
    WITHDRAWN
}
