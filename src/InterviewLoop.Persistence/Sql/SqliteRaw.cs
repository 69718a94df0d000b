using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// The two steps every statement compiled by hand on SQLitePCLRaw shares (the writer's transaction control,
/// the event inserts): compiling, and turning a failed result code into Microsoft.Data.Sqlite's
/// <see cref="SqliteException"/>, so callers (e.g. <c>IsUniqueViolation</c>) see the same errors either way.
/// </summary>
internal static class SqliteRaw
{
    /// <summary>Compiles <paramref name="sql"/> on <paramref name="db"/>; throws <see cref="SqliteException"/> when SQLite refuses it.</summary>
    public static sqlite3_stmt Prepare(sqlite3 db, string sql)
    {
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        return statement;
    }

    /// <summary>Throws <see cref="SqliteException"/> with SQLite's message unless <paramref name="rc"/> is <c>SQLITE_OK</c> or <c>SQLITE_DONE</c>.</summary>
    public static void Check(sqlite3 db, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE)) SqliteException.ThrowExceptionForRC(rc, db);
    }
}
