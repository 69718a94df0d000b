-- The append-only event log (PostgreSQL twin of db/sqlite/0001). position is the global order
-- across all streams; UNIQUE(stream_id, version) is what makes two appends at the same expected
-- version impossible: the second insert waits for the first to commit, then fails with 23505 and
-- the store reports a concurrency conflict. Times stay ISO-8601 UTC text, as on SQLite, so that
-- both dialects share one Dapper mapping; COLLATE "C" keeps byte order (SQLite's) whatever the
-- database's locale, so ids and times sort the same on both.
CREATE TABLE events (
    position    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    stream_id   TEXT   COLLATE "C" NOT NULL,
    version     BIGINT NOT NULL,
    type        TEXT   NOT NULL,
    payload     TEXT   NOT NULL,
    recorded_at TEXT   COLLATE "C" NOT NULL,
    CONSTRAINT events_stream_version UNIQUE (stream_id, version)
);
