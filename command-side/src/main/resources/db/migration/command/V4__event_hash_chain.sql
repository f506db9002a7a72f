-- Tamper evidence: every event is chained by hash to the previous event of its stream, and
-- each completed day's stream heads are anchored (published) so that a rewrite of a whole
-- chain can be caught too. The recipe (also in EventChain's javadoc, which re-implements it):
--
--   previous_hash = event_hash of the same aggregate's event at sequence_number - 1,
--                   or 32 zero bytes for sequence number 0;
--   header        = the UTF-8 bytes of these fields, in this order, each written as
--                   <its UTF-8 byte length in decimal> ':' <its text>, or '-' when NULL:
--                   global_index, event_identifier, aggregate_identifier, sequence_number,
--                   type, payload_type, payload_revision, time_stamp
--                   (numbers in decimal, time_stamp as stored);
--   event_hash    = SHA-256( previous_hash || SHA-256(header) || SHA-256(payload)
--                            || SHA-256(meta_data), or 32 zero bytes when meta_data is NULL ).
--
-- Every part fed to the outer hash has a fixed length (32 bytes) and every header field is
-- length-prefixed, so no two different events can produce the same input.

ALTER TABLE domain_event_entry
    ADD COLUMN previous_hash BYTEA,
    ADD COLUMN event_hash    BYTEA;

-- PL/pgSQL, with the header written out inline: PL/pgSQL caches its plans per session, whereas
-- a SQL function called from the trigger is planned again on every call, and each nested
-- function call costs more than the hashing itself.
CREATE FUNCTION event_chain_hash(previous_hash BYTEA, global_index BIGINT, event_identifier TEXT,
                                 aggregate_identifier TEXT, sequence_number BIGINT, type TEXT,
                                 payload_type TEXT, payload_revision TEXT, time_stamp TEXT,
                                 payload BYTEA, meta_data BYTEA) RETURNS BYTEA
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
$$
DECLARE
    header TEXT;
BEGIN
    header := length(global_index::text) || ':' || global_index::text
           || coalesce(octet_length(convert_to(event_identifier, 'UTF8')) || ':' || event_identifier, '-')
           || coalesce(octet_length(convert_to(aggregate_identifier, 'UTF8')) || ':' || aggregate_identifier, '-')
           || length(sequence_number::text) || ':' || sequence_number::text
           || coalesce(octet_length(convert_to(type, 'UTF8')) || ':' || type, '-')
           || coalesce(octet_length(convert_to(payload_type, 'UTF8')) || ':' || payload_type, '-')
           || coalesce(octet_length(convert_to(payload_revision, 'UTF8')) || ':' || payload_revision, '-')
           || coalesce(octet_length(convert_to(time_stamp, 'UTF8')) || ':' || time_stamp, '-');
    RETURN sha256(previous_hash
                  || sha256(convert_to(header, 'UTF8'))
                  || sha256(payload)
                  || coalesce(sha256(meta_data), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea));
END
$$;

-- Chain the events already stored, stream by stream in sequence order. A stream that does not
-- start at 0 or has a gap is chained as found; the verifier reports the gap.
DO
$$
    DECLARE
        event     RECORD;
        stream    TEXT;
        previous  BYTEA;
        this_hash BYTEA;
    BEGIN
        FOR event IN SELECT * FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number
            LOOP
                IF stream IS DISTINCT FROM event.aggregate_identifier THEN
                    stream := event.aggregate_identifier;
                    previous := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
                END IF;
                this_hash := event_chain_hash(previous, event.global_index, event.event_identifier,
                                              event.aggregate_identifier, event.sequence_number, event.type,
                                              event.payload_type, event.payload_revision, event.time_stamp,
                                              event.payload, event.meta_data);
                UPDATE domain_event_entry SET previous_hash = previous, event_hash = this_hash
                 WHERE global_index = event.global_index;
                previous := this_hash;
            END LOOP;
    END
$$;

ALTER TABLE domain_event_entry
    ALTER COLUMN previous_hash SET NOT NULL,
    ALTER COLUMN event_hash SET NOT NULL;

-- Runs for every writer (command handlers, the deadline manager, a manual INSERT), so no Java
-- code sits in the write path. NEW.global_index already holds its BIGSERIAL default here.
-- Whatever hashes a writer passes are overwritten. One lookup per event, through the
-- (aggregate_identifier, sequence_number) unique index: enable_seqscan is off inside the
-- function because PL/pgSQL keeps a generic plan per session, and one made while the table's
-- statistics said "tiny" is a sequential scan, which made a 20,000-row INSERT take a minute
-- instead of two seconds (measured on PostgreSQL 15).
CREATE FUNCTION domain_event_entry_chain() RETURNS TRIGGER
    LANGUAGE plpgsql
    SET enable_seqscan = off AS
$$
BEGIN
    IF NEW.sequence_number = 0 THEN
        NEW.previous_hash := '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
    ELSE
        SELECT event_hash INTO NEW.previous_hash FROM domain_event_entry
         WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'Event % of stream % has no event % before it, so it cannot be chained',
                NEW.sequence_number, NEW.aggregate_identifier, NEW.sequence_number - 1;
        END IF;
    END IF;
    NEW.event_hash := event_chain_hash(NEW.previous_hash, NEW.global_index, NEW.event_identifier,
                                       NEW.aggregate_identifier, NEW.sequence_number, NEW.type,
                                       NEW.payload_type, NEW.payload_revision, NEW.time_stamp,
                                       NEW.payload, NEW.meta_data);
    RETURN NEW;
END
$$;

CREATE TRIGGER domain_event_entry_chain
    BEFORE INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION domain_event_entry_chain();

-- Anchors select one day's events by record time (the ISO-8601 UTC text Axon writes, which
-- sorts like the instant it names).
CREATE INDEX domain_event_entry_time_stamp_idx ON domain_event_entry (time_stamp);

-- A completed day's anchor, stored the first time it is computed: the published value an
-- outside party may have kept. Later computations are compared with it, never written over it.
CREATE TABLE audit_anchor (
    day               DATE        NOT NULL,
    events            BIGINT      NOT NULL,
    streams           BIGINT      NOT NULL,
    last_global_index BIGINT      NOT NULL,
    digest            BYTEA       NOT NULL,
    published_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT audit_anchor_pk PRIMARY KEY (day)
);

-- Whole-store verifications, so that a result survives a restart.
CREATE TABLE audit_integrity_check (
    id              UUID        NOT NULL,
    status          VARCHAR(16) NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    finished_at     TIMESTAMPTZ,
    heartbeat_at    TIMESTAMPTZ NOT NULL,
    events_total    BIGINT      NOT NULL,
    events_checked  BIGINT      NOT NULL DEFAULT 0,
    streams_checked BIGINT      NOT NULL DEFAULT 0,
    anchors_checked BIGINT      NOT NULL DEFAULT 0,
    problem_count   BIGINT      NOT NULL DEFAULT 0,
    failure         TEXT,
    CONSTRAINT audit_integrity_check_pk PRIMARY KEY (id)
);
-- At most one check runs at a time, across every instance of the command side.
CREATE UNIQUE INDEX audit_integrity_check_one_running ON audit_integrity_check ((true)) WHERE status = 'RUNNING';
CREATE INDEX audit_integrity_check_started ON audit_integrity_check (started_at DESC);

-- The first problems a check found (the total is in problem_count).
CREATE TABLE audit_integrity_problem (
    check_id        UUID         NOT NULL,
    position        INTEGER      NOT NULL,
    kind            VARCHAR(32)  NOT NULL,
    case_id         VARCHAR(255),
    case_number     VARCHAR(64),
    sequence_number BIGINT,
    global_index    BIGINT,
    day             DATE,
    detail          TEXT         NOT NULL,
    CONSTRAINT audit_integrity_problem_pk PRIMARY KEY (check_id, position),
    CONSTRAINT audit_integrity_problem_check_fk FOREIGN KEY (check_id) REFERENCES audit_integrity_check (id)
);
