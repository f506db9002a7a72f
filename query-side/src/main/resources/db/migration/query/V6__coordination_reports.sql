-- Frozen half-year and yearly coordination reports (vn.laborcases.query.report).
-- Not a projection: each row is computed from the event store up to global position
-- "position" and never updated. Freezing the same period again adds a higher version.
CREATE TABLE coordination_report (
    report_id                uuid PRIMARY KEY,
    year                     integer     NOT NULL,
    half                     varchar(4)  NOT NULL,
    -- Empty string for the national report, so that the version key is a plain unique index.
    province                 varchar(20) NOT NULL,
    version                  integer     NOT NULL,
    period_from              date        NOT NULL,
    period_to                date        NOT NULL,
    position                 bigint      NOT NULL,
    frozen_at                timestamptz NOT NULL,
    period_complete          boolean     NOT NULL,
    enterprises_inspected    integer     NOT NULL,
    workers_affected         bigint      NOT NULL,
    arrears_recovered        bigint      NOT NULL,
    fines_collected          bigint      NOT NULL,
    disputes_resolved        integer     NOT NULL,
    strikes_started          integer     NOT NULL,
    work_stoppages_reported  integer     NOT NULL,
    workers_in_stoppages     bigint      NOT NULL,
    CONSTRAINT coordination_report_version_uk UNIQUE (year, half, province, version)
);
-- The list filters by year, half and province and sorts by them and the version: the unique
-- index above serves it; frozen_at serves the unfiltered list's tie-break.
CREATE INDEX coordination_report_by_frozen_at ON coordination_report (frozen_at);
