-- Read models, written in the same transaction as the events they come from.
-- Times are ISO-8601 UTC text ("O" format) so that they sort as text.
CREATE TABLE loops (
    loop_id         TEXT    NOT NULL PRIMARY KEY,
    candidate_id    TEXT    NOT NULL,
    candidate_name  TEXT    NOT NULL,
    role_title      TEXT    NOT NULL,
    track           TEXT    NOT NULL,
    target_level    TEXT    NOT NULL,
    round_count     INTEGER NOT NULL DEFAULT 0,
    submitted_count INTEGER NOT NULL DEFAULT 0,
    expected_count  INTEGER NOT NULL DEFAULT 0,
    state           TEXT    NOT NULL DEFAULT 'planned',
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

-- One row per round. panel_json: [{interviewerId, displayName, role}];
-- started_json: ids with an unsubmitted draft; submitted_json: ids that submitted.
CREATE TABLE rounds (
    loop_id          TEXT    NOT NULL,
    round_id         TEXT    NOT NULL,
    kind             TEXT    NOT NULL,
    rubric_id        TEXT    NOT NULL,
    started_at       TEXT    NULL,
    duration_minutes INTEGER NOT NULL,
    panel_json       TEXT    NOT NULL DEFAULT '[]',
    started_json     TEXT    NOT NULL DEFAULT '[]',
    submitted_json   TEXT    NOT NULL DEFAULT '[]',
    sequence         INTEGER NOT NULL,
    updated_at       TEXT    NOT NULL,
    PRIMARY KEY (loop_id, round_id)
);

-- The panel flattened, so that "rounds of an interviewer" is an indexed lookup.
CREATE TABLE round_panel (
    loop_id        TEXT NOT NULL,
    round_id       TEXT NOT NULL,
    interviewer_id TEXT NOT NULL,
    role           TEXT NOT NULL,
    PRIMARY KEY (loop_id, round_id, interviewer_id)
);

CREATE INDEX round_panel_interviewer ON round_panel (interviewer_id);
