-- Read models, written in the same transaction as the events they come from (twin of db/sqlite/0002).
-- Times are ISO-8601 UTC text ("O" format) in COLLATE "C", so that they sort as text, as on SQLite.
CREATE TABLE loops (
    loop_id         TEXT   COLLATE "C" NOT NULL PRIMARY KEY,
    candidate_id    TEXT   NOT NULL,
    candidate_name  TEXT   NOT NULL,
    role_title      TEXT   NOT NULL,
    track           TEXT   NOT NULL,
    target_level    TEXT   NOT NULL,
    round_count     BIGINT NOT NULL DEFAULT 0,
    submitted_count BIGINT NOT NULL DEFAULT 0,
    expected_count  BIGINT NOT NULL DEFAULT 0,
    state           TEXT   NOT NULL DEFAULT 'planned',
    created_at      TEXT   COLLATE "C" NOT NULL,
    updated_at      TEXT   COLLATE "C" NOT NULL
);

-- One row per round. panel_json: [{interviewerId, displayName, role}];
-- started_json: ids with an unsubmitted draft; submitted_json: ids that submitted.
-- The JSON stays TEXT (not jsonb): the code compares it as text to skip writes that change nothing.
CREATE TABLE rounds (
    loop_id          TEXT   COLLATE "C" NOT NULL,
    round_id         TEXT   COLLATE "C" NOT NULL,
    kind             TEXT   NOT NULL,
    rubric_id        TEXT   NOT NULL,
    started_at       TEXT   COLLATE "C" NULL,
    duration_minutes BIGINT NOT NULL,
    panel_json       TEXT   NOT NULL DEFAULT '[]',
    started_json     TEXT   NOT NULL DEFAULT '[]',
    submitted_json   TEXT   NOT NULL DEFAULT '[]',
    sequence         BIGINT NOT NULL,
    updated_at       TEXT   COLLATE "C" NOT NULL,
    PRIMARY KEY (loop_id, round_id)
);

-- The panel flattened, so that "rounds of an interviewer" is an indexed lookup.
CREATE TABLE round_panel (
    loop_id        TEXT COLLATE "C" NOT NULL,
    round_id       TEXT COLLATE "C" NOT NULL,
    interviewer_id TEXT COLLATE "C" NOT NULL,
    role           TEXT NOT NULL,
    PRIMARY KEY (loop_id, round_id, interviewer_id)
);

CREATE INDEX round_panel_interviewer ON round_panel (interviewer_id);
