-- Each loop's latest calibration report (interviewloop.calibration/v1, as JSON text) and what it was
-- computed from: the loop's newest event position and the position the rater history was fitted at.
-- trigger_kind: 'all_submitted' (computed when the last scorecard came in) or 'on_demand'.
CREATE TABLE calibration_reports (
    loop_id          TEXT    NOT NULL PRIMARY KEY,
    report_json      TEXT    NOT NULL,
    loop_position    INTEGER NOT NULL,
    history_position INTEGER NOT NULL,
    computed_at      TEXT    NOT NULL,
    trigger_kind     TEXT    NOT NULL
);
