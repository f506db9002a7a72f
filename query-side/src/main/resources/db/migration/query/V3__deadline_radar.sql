-- Deadline radar (processing group "deadline-radar"): every statutory deadline of every case,
-- and the assignee of each case for the workload report.

-- One row per case that has deadlines; last_sequence makes every handler idempotent: an
-- event applies only if its aggregate sequence is above the last one applied to the case.
CREATE TABLE radar_case (
    case_id       UUID         NOT NULL PRIMARY KEY,
    case_type     VARCHAR(32)  NOT NULL,
    case_number   VARCHAR(32)  NOT NULL,
    province      VARCHAR(32)  NOT NULL,
    is_open       BOOLEAN      NOT NULL,
    last_sequence BIGINT       NOT NULL
);

-- deadline_key is the kind, or REMEDIATION:<remediation id> since an inspection can order
-- many remediations. Case columns are copied so that every filter hits one table and index.
CREATE TABLE radar_deadline (
    case_id       UUID         NOT NULL REFERENCES radar_case (case_id) ON DELETE CASCADE,
    deadline_key  VARCHAR(80)  NOT NULL,
    case_type     VARCHAR(32)  NOT NULL,
    case_number   VARCHAR(32)  NOT NULL,
    province      VARCHAR(32)  NOT NULL,
    kind          VARCHAR(40)  NOT NULL,
    due_on        DATE         NOT NULL,
    legal_basis   VARCHAR(500),
    state         VARCHAR(16)  NOT NULL,
    resolved_on   DATE,
    CONSTRAINT radar_deadline_pk PRIMARY KEY (case_id, deadline_key)
);

CREATE INDEX radar_deadline_state_due ON radar_deadline (state, due_on);
CREATE INDEX radar_deadline_state_province_due ON radar_deadline (state, province, due_on);
CREATE INDEX radar_deadline_state_type_due ON radar_deadline (state, case_type, due_on);
CREATE INDEX radar_deadline_state_kind_due ON radar_deadline (state, kind, due_on);

-- The mediator of a dispute or the lead inspector of an inspection (workload package).
CREATE TABLE workload_assignee (
    case_id       UUID         NOT NULL PRIMARY KEY,
    assignee      VARCHAR(120) NOT NULL,
    last_sequence BIGINT       NOT NULL
);

CREATE INDEX workload_assignee_assignee ON workload_assignee (assignee, case_id);
CREATE INDEX radar_case_province_open ON radar_case (province, is_open);
