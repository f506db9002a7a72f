-- The instances that share a token table, and the replays (rebuilds, comparisons) one of them
-- runs, which may pause a processor on all of them (ProcessorPeers, event-store module).
-- Both apps create these tables, whichever migrates first.
CREATE TABLE IF NOT EXISTS processor_node (
    token_table VARCHAR(255) NOT NULL,
    node_id     VARCHAR(255) NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT processor_node_pk PRIMARY KEY (token_table, node_id)
);

CREATE TABLE IF NOT EXISTS processor_replay (
    token_table    VARCHAR(255) NOT NULL,
    processor_name VARCHAR(255) NOT NULL,
    node_id        VARCHAR(255) NOT NULL,
    paused         BOOLEAN      NOT NULL DEFAULT false,
    CONSTRAINT processor_replay_pk PRIMARY KEY (token_table, processor_name)
);
