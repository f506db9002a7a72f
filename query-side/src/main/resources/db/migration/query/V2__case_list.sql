-- The case list: one row per case of every type (dispute, work stoppage, wage-arrears
-- complaint, inspection), kept by the "case-list" processing group in the transaction of its
-- token. last_sequence is the aggregate sequence of the last event applied: a redelivered
-- event (sequence not above it) changes nothing.
CREATE TABLE case_list (
    case_id             UUID         NOT NULL,
    case_type           VARCHAR(32)  NOT NULL,
    case_number         VARCHAR(64)  NOT NULL,
    province            VARCHAR(32)  NOT NULL,
    enterprise_tax_code VARCHAR(14)  NOT NULL,
    enterprise_name     VARCHAR(500) NOT NULL,
    status              VARCHAR(64)  NOT NULL,
    assignee            VARCHAR(200),
    opened_on           DATE         NOT NULL,
    closed_on           DATE,
    last_event_at       TIMESTAMPTZ  NOT NULL,
    last_sequence       BIGINT       NOT NULL,
    CONSTRAINT case_list_pk PRIMARY KEY (case_id)
);

-- The supervisors' usual screen: one province, one status, newest first. case_id breaks ties
-- so that pages are stable.
CREATE INDEX case_list_province_status_opened ON case_list (province, status, opened_on, case_id);
CREATE INDEX case_list_type_opened ON case_list (case_type, opened_on, case_id);
CREATE INDEX case_list_status_opened ON case_list (status, opened_on, case_id);
CREATE INDEX case_list_tax_code ON case_list (enterprise_tax_code, opened_on, case_id);
CREATE INDEX case_list_assignee ON case_list (assignee, opened_on, case_id) WHERE assignee IS NOT NULL;
-- The sorts (each also serves the backward scan of the other direction) and the date range.
CREATE INDEX case_list_opened ON case_list (opened_on, case_id);
CREATE INDEX case_list_case_number ON case_list (case_number, case_id);
CREATE INDEX case_list_last_event ON case_list (last_event_at, case_id);
