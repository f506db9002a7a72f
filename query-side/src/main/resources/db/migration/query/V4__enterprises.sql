-- Enterprise profile, violating-enterprises list and arrears ledger (processing group "enterprises").
-- Every table is keyed so that a redelivered event finds its row already there.

-- One row per case of any type, named by the enterprise it concerns.
CREATE TABLE ent_case (
    case_id         uuid PRIMARY KEY,
    case_type       varchar(20)  NOT NULL,
    case_number     varchar(40)  NOT NULL,
    tax_code        varchar(14)  NOT NULL,
    enterprise_name varchar(300) NOT NULL,
    province        varchar(20)  NOT NULL,
    opened_on       date         NOT NULL,
    open            boolean      NOT NULL,
    unlawful        boolean      NOT NULL DEFAULT false,
    last_sequence   bigint       NOT NULL
);
CREATE INDEX ent_case_by_tax_code ON ent_case (tax_code, opened_on);

-- Inspection findings, with the inspected enterprise copied in so the period list needs no join.
CREATE TABLE ent_finding (
    finding_id      uuid PRIMARY KEY,
    inspection_id   uuid         NOT NULL,
    tax_code        varchar(14)  NOT NULL,
    enterprise_name varchar(300) NOT NULL,
    province        varchar(20)  NOT NULL,
    category        varchar(30)  NOT NULL,
    found_on        date         NOT NULL,
    repeat          boolean      NOT NULL
);
CREATE INDEX ent_finding_by_found_on ON ent_finding (found_on, tax_code);
CREATE INDEX ent_finding_by_province ON ent_finding (province, found_on, tax_code);
CREATE INDEX ent_finding_by_tax_code ON ent_finding (tax_code, found_on);

CREATE TABLE ent_sanction (
    sanction_id     uuid PRIMARY KEY,
    inspection_id   uuid        NOT NULL,
    finding_id      uuid        NOT NULL,
    category        varchar(30) NOT NULL,
    imposed_on      date        NOT NULL,
    initial_amount  bigint      NOT NULL,
    current_amount  bigint      NOT NULL,
    paid            bigint      NOT NULL,
    last_sequence   bigint      NOT NULL
);
CREATE INDEX ent_sanction_by_finding ON ent_sanction (finding_id);
CREATE INDEX ent_sanction_by_inspection ON ent_sanction (inspection_id);

CREATE TABLE ent_remediation (
    remediation_id  uuid PRIMARY KEY,
    inspection_id   uuid        NOT NULL,
    finding_id      uuid        NOT NULL,
    status          varchar(10) NOT NULL,
    due_on          date        NOT NULL,
    last_sequence   bigint      NOT NULL
);
CREATE INDEX ent_remediation_by_finding ON ent_remediation (finding_id);

-- The complaints, so that each claim line can carry its enterprise.
CREATE TABLE arr_complaint (
    complaint_id    uuid PRIMARY KEY,
    case_number     varchar(40)  NOT NULL,
    tax_code        varchar(14)  NOT NULL,
    enterprise_name varchar(300) NOT NULL,
    province        varchar(20)  NOT NULL
);

-- Claim lines of wage- and SI-arrears complaints: the ledger's rows. Periods are kept as the
-- first day of their month.
CREATE TABLE arr_claim_line (
    complaint_id    uuid         NOT NULL,
    line_no         int          NOT NULL,
    case_number     varchar(40)  NOT NULL,
    tax_code        varchar(14)  NOT NULL,
    enterprise_name varchar(300) NOT NULL,
    province        varchar(20)  NOT NULL,
    kind            varchar(30)  NOT NULL,
    period_from     date         NOT NULL,
    period_to       date         NOT NULL,
    principal       bigint       NOT NULL,
    due_on          date         NOT NULL,
    PRIMARY KEY (complaint_id, line_no)
);
CREATE INDEX arr_claim_line_by_tax_code ON arr_claim_line (tax_code, period_from, case_number, line_no);
CREATE INDEX arr_claim_line_by_province ON arr_claim_line (province, tax_code, period_from, case_number, line_no);

-- Each payment's allocation to a line, so that any past day's balance can be reproduced.
CREATE TABLE arr_allocation (
    complaint_id    uuid   NOT NULL,
    payment_no      int    NOT NULL,
    line_no         int    NOT NULL,
    paid_on         date   NOT NULL,
    amount          bigint NOT NULL,
    PRIMARY KEY (complaint_id, payment_no, line_no)
);

-- The payroll bank's deposit rates, for Art 97(4) compensation; keyed by event id since one
-- complaint may record several.
CREATE TABLE arr_deposit_rate (
    event_id        varchar(64)   PRIMARY KEY,
    complaint_id    uuid          NOT NULL,
    bank            varchar(200)  NOT NULL,
    annual_percent  numeric(9, 4) NOT NULL,
    effective_from  date          NOT NULL
);
CREATE INDEX arr_deposit_rate_by_complaint ON arr_deposit_rate (complaint_id);
