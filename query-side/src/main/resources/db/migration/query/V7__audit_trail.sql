-- The auditors' global trail (processing group "audit-trail"): one row per stored event, with
-- the envelope and the case columns its filters need. The payload stays in the event store;
-- the API reads it from domain_event_entry by global index to render each sentence.

-- What each case's opening event says about it, copied onto every later event of the case.
CREATE TABLE audit_case (
    case_id     varchar(255) PRIMARY KEY,
    case_type   varchar(20)  NOT NULL,
    case_number varchar(40)  NOT NULL,
    province    varchar(20)  NOT NULL,
    tax_code    varchar(14)  NOT NULL
);

-- Keyed by the event's global index, so a redelivered event finds its row already there.
CREATE TABLE audit_trail (
    global_index      bigint       PRIMARY KEY,
    event_id          varchar(255) NOT NULL UNIQUE,
    case_id           varchar(255) NOT NULL,
    case_type         varchar(20),
    case_number       varchar(40),
    province          varchar(20),
    tax_code          varchar(14),
    sequence_number   bigint       NOT NULL,
    event_type        varchar(100) NOT NULL,
    actor             varchar(255),
    role              varchar(60),
    on_behalf_of      varchar(255),
    record_time       timestamptz  NOT NULL,
    business_time     timestamptz,
    reason            text,
    legal_basis       varchar(500),
    correlation_id    varchar(255),
    corrects_event_id varchar(255)
);
-- Each filter leads an index that ends in global_index, so a filtered page is read in cursor
-- order and stops after one page of rows.
CREATE INDEX audit_trail_by_actor ON audit_trail (actor, global_index);
CREATE INDEX audit_trail_by_role ON audit_trail (role, global_index);
CREATE INDEX audit_trail_by_event_type ON audit_trail (event_type, global_index);
CREATE INDEX audit_trail_by_case_type ON audit_trail (case_type, global_index);
CREATE INDEX audit_trail_by_province ON audit_trail (province, global_index);
CREATE INDEX audit_trail_by_tax_code ON audit_trail (tax_code, global_index);
CREATE INDEX audit_trail_by_record_time ON audit_trail (record_time);
CREATE INDEX audit_trail_by_business_time ON audit_trail (business_time);
-- "Which later events correct this one?"
CREATE INDEX audit_trail_by_corrected_event ON audit_trail (corrects_event_id) WHERE corrects_event_id IS NOT NULL;
