-- Every finding of every inspection, written in the same transaction as its
-- FindingRecordedEvent (see JdbcFindingHistory), so that a new finding can be checked against
-- the enterprise's earlier findings of the same category: the repeat-violator flag.
CREATE TABLE inspection_finding_history (
    event_id      VARCHAR(255) NOT NULL,
    tax_code      VARCHAR(14)  NOT NULL,
    category      VARCHAR(32)  NOT NULL,
    found_on      DATE         NOT NULL,
    inspection_id UUID         NOT NULL,
    finding_id    UUID         NOT NULL,
    CONSTRAINT inspection_finding_history_pk PRIMARY KEY (event_id)
);

CREATE INDEX inspection_finding_history_lookup
    ON inspection_finding_history (tax_code, category, found_on);
