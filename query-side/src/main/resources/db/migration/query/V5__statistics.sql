-- Supervisors' statistics (processing group "statistics"): dispute outcomes, the strike and
-- work-stoppage register, inspection coverage. Each package owns its tables; every filter the
-- API offers has an index that leads with it or follows the province.

-- vn.laborcases.query.outcomes: one row per dispute, its outcome so far.
CREATE TABLE out_dispute (
    dispute_id          UUID PRIMARY KEY,
    case_number         TEXT    NOT NULL,
    kind                TEXT    NOT NULL,
    province            TEXT    NOT NULL,
    received_on         DATE    NOT NULL,
    -- Filed past the time bar and accepted on recorded evidence (refusals are not events).
    time_bar_overridden BOOLEAN NOT NULL,
    -- SETTLED, FAILED or LAPSED once the mediation concluded; null before or without one.
    mediation_outcome   TEXT,
    escalated           BOOLEAN NOT NULL DEFAULT FALSE,
    -- First settlement, arbitration compliance or court judgment.
    resolved_on         DATE,
    last_sequence       BIGINT  NOT NULL
);
CREATE INDEX out_dispute_received ON out_dispute (received_on);
CREATE INDEX out_dispute_province_received ON out_dispute (province, received_on);
CREATE INDEX out_dispute_kind_received ON out_dispute (kind, received_on);

-- vn.laborcases.query.strikes: the parties of each dispute, needed when a strike starts.
CREATE TABLE stk_dispute (
    dispute_id      UUID PRIMARY KEY,
    case_number     TEXT NOT NULL,
    tax_code        TEXT,
    enterprise_name TEXT,
    province        TEXT NOT NULL
);

-- One row per strike (STRIKE, keyed by its dispute and the start event's sequence) and per
-- work stoppage (WORK_STOPPAGE, keyed by its id).
CREATE TABLE stk_register (
    row_id           TEXT PRIMARY KEY,
    kind             TEXT    NOT NULL,
    case_id          UUID    NOT NULL,
    case_number      TEXT    NOT NULL,
    tax_code         TEXT,
    enterprise_name  TEXT,
    province         TEXT    NOT NULL,
    workers_involved INTEGER NOT NULL,
    started_on       DATE    NOT NULL,
    ended_on         DATE,
    -- Set when it ends, by StrikeDuration (calendar days, both ends counted).
    duration_days    INTEGER,
    lawful           BOOLEAN NOT NULL,
    court_ruled      BOOLEAN NOT NULL DEFAULT FALSE,
    violations       TEXT[]  NOT NULL,
    demands          TEXT[],
    last_sequence    BIGINT  NOT NULL
);
CREATE INDEX stk_register_started ON stk_register (started_on, row_id);
CREATE INDEX stk_register_province_started ON stk_register (province, started_on, row_id);
CREATE INDEX stk_register_lawful_started ON stk_register (lawful, started_on, row_id);
CREATE INDEX stk_register_case ON stk_register (case_id, ended_on);

-- vn.laborcases.query.coverage: inspections with the enterprise's size band and sector.
CREATE TABLE cov_inspection (
    inspection_id UUID PRIMARY KEY,
    case_number   TEXT NOT NULL,
    province      TEXT NOT NULL,
    opened_on     DATE NOT NULL,
    headcount     INTEGER,
    size_band     TEXT NOT NULL,
    sector        TEXT
);
CREATE INDEX cov_inspection_opened ON cov_inspection (opened_on);
CREATE INDEX cov_inspection_province_opened ON cov_inspection (province, opened_on);

CREATE TABLE cov_finding (
    finding_id    UUID PRIMARY KEY,
    inspection_id UUID NOT NULL
);
CREATE INDEX cov_finding_inspection ON cov_finding (inspection_id);

-- current_amount follows amendments; paid is the running total FinePaidEvent carries.
CREATE TABLE cov_sanction (
    sanction_id    UUID PRIMARY KEY,
    inspection_id  UUID   NOT NULL,
    current_amount BIGINT NOT NULL,
    paid           BIGINT NOT NULL DEFAULT 0,
    last_sequence  BIGINT NOT NULL
);
CREATE INDEX cov_sanction_inspection ON cov_sanction (inspection_id);
