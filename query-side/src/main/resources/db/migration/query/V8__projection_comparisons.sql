-- Each finished comparison of projections with their rebuilds, kept as the auditor's evidence that
-- the read model was (or was not) faithful to the events at that moment. Written once, never updated.
CREATE TABLE projection_comparison (
    id                uuid        PRIMARY KEY,
    finished_at       timestamptz NOT NULL,
    status            varchar(16) NOT NULL,
    faithful          boolean,
    total_differences bigint      NOT NULL,
    result            jsonb       NOT NULL
);

CREATE INDEX projection_comparison_finished ON projection_comparison (finished_at DESC);
