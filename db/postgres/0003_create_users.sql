-- Accounts for the server's cookie sign-in (twin of db/sqlite/0003). password_hash is the
-- ASP.NET Core PasswordHasher string; roles is a comma-separated list (e.g. "interviewer,admin").
-- Usernames are stored lower-case so that sign-in is case-insensitive.
CREATE TABLE users (
    id            TEXT COLLATE "C" NOT NULL PRIMARY KEY,
    username      TEXT COLLATE "C" NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles         TEXT NOT NULL,
    created_at    TEXT COLLATE "C" NOT NULL,
    updated_at    TEXT COLLATE "C" NOT NULL,
    CONSTRAINT users_username UNIQUE (username)
);
