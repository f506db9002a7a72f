-- Tracking tokens of the query side's projections, updated in the same transaction as the
-- projection rows they guard.
CREATE TABLE query_token_entry (
    processor_name VARCHAR(255) NOT NULL,
    segment        INTEGER      NOT NULL,
    token          BYTEA,
    token_type     VARCHAR(255),
    timestamp      VARCHAR(255),
    owner          VARCHAR(255),
    CONSTRAINT query_token_entry_pk PRIMARY KEY (processor_name, segment)
);
