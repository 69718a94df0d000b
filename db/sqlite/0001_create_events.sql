-- The append-only event log. position is the global order across all streams;
-- UNIQUE(stream_id, version) is what makes two appends at the same expected version
-- impossible: the second insert fails and the store reports a concurrency conflict.
CREATE TABLE events (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id   TEXT    NOT NULL,
    version     INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);
