-- One counter per case type, province and year; see JdbcCaseNumbers.
CREATE TABLE case_number_counter (
    case_type     VARCHAR(32) NOT NULL,
    province_code VARCHAR(2)  NOT NULL,
    year          INTEGER     NOT NULL,
    last_number   BIGINT      NOT NULL,
    CONSTRAINT case_number_counter_pk PRIMARY KEY (case_type, province_code, year)
);

-- The answer given to each request made with an Idempotency-Key, written in the same
-- transaction as the request's events, so a retry gets the same answer and writes nothing.
CREATE TABLE idempotent_request (
    idempotency_key VARCHAR(255) NOT NULL,
    actor           VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    result_type     VARCHAR(255),
    result          BYTEA,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    CONSTRAINT idempotent_request_pk PRIMARY KEY (actor, idempotency_key)
);
