-- Users are deactivated, never deleted: loops, scorecards and the rater history keep referring to
-- their ids. A deactivated user (active = 0) cannot sign in and their sessions end at the next
-- recheck. Every user that exists when this runs stays active.
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
