-- The transaction horizon (event-store module, TransactionHorizon): readers of the store in
-- global-index order never pass a global index that an unfinished transaction may still commit.
--
-- tx_id: the transaction that wrote the event. Rows written before this migration are all
-- committed, so '0' stands for "long finished". Adding the column with a constant default
-- rewrites nothing; the default for new rows is set separately.
ALTER TABLE domain_event_entry ADD COLUMN tx_id xid8 NOT NULL DEFAULT '0';
ALTER TABLE domain_event_entry ALTER COLUMN tx_id SET DEFAULT pg_current_xact_id();

-- A writer's transaction id is assigned before it takes its global index. Column defaults are
-- evaluated in column order, global_index first, so without this a writer would hold a global
-- index for a moment with no transaction id yet, and the horizon's proof ("every transaction
-- that took a global index up to L had an id below Y") would have a hole.
CREATE FUNCTION next_global_index() RETURNS BIGINT
    LANGUAGE plpgsql VOLATILE AS
$$
BEGIN
    PERFORM pg_current_xact_id();
    RETURN nextval('domain_event_entry_global_index_seq');
END
$$;

ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT next_global_index();
