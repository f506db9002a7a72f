-- Crypto-shredding of workers' identities: one random AES-256 key per data subject, written in
-- the transaction of the command that first names the person. Erasure sets key to NULL and
-- keeps who erased it, when and why; the events sealed under it stay in place, unreadable.
-- The query side reads this table from the same database to open what it shows.
CREATE TABLE personal_data_key (
    subject_id UUID                     NOT NULL PRIMARY KEY,
    key        BYTEA,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    erased_at  TIMESTAMP WITH TIME ZONE,
    erased_by  VARCHAR(255),
    reason     VARCHAR(2000),
    CONSTRAINT personal_data_key_erased CHECK ((key IS NULL) = (erased_at IS NOT NULL))
);

-- Every read of an identity in clear, by either app (one table, so auditors read one list).
CREATE TABLE personal_data_access (
    id         BIGSERIAL                NOT NULL PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    reader     VARCHAR(255)             NOT NULL,
    role       VARCHAR(64)              NOT NULL,
    subject_id UUID                     NOT NULL,
    fields     VARCHAR(255)             NOT NULL,
    purpose    VARCHAR(500)             NOT NULL
);
CREATE INDEX personal_data_access_subject ON personal_data_access (subject_id, id);
