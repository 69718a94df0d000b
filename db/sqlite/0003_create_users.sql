-- Accounts for the server's cookie sign-in. password_hash is the ASP.NET Core
-- PasswordHasher string; roles is a comma-separated list (e.g. "interviewer,admin").
-- Usernames are stored lower-case so that sign-in is case-insensitive.
CREATE TABLE users (
    id            TEXT NOT NULL PRIMARY KEY,
    username      TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    roles         TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    CONSTRAINT users_username UNIQUE (username)
);
