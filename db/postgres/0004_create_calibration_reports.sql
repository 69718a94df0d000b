-- Each loop's latest calibration report (twin of db/sqlite/0004): the report as JSON text, the loop's
-- newest event position and the position the rater history was fitted at.
-- trigger_kind: 'all_submitted' (computed when the last scorecard came in) or 'on_demand'.
CREATE TABLE calibration_reports (
    loop_id          TEXT   COLLATE "C" NOT NULL PRIMARY KEY,
    report_json      TEXT   NOT NULL,
    loop_position    BIGINT NOT NULL,
    history_position BIGINT NOT NULL,
    computed_at      TEXT   COLLATE "C" NOT NULL,
    trigger_kind     TEXT   NOT NULL
);
