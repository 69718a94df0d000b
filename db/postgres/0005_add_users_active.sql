-- Users are deactivated, never deleted (twin of db/sqlite/0005): loops, scorecards and the rater
-- history keep referring to their ids. A deactivated user (active = 0) cannot sign in and their
-- sessions end at the next recheck. Every user that exists when this runs stays active.
-- BIGINT 0/1 rather than BOOLEAN, so that both databases hand the store the same type.
ALTER TABLE users ADD COLUMN active BIGINT NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
