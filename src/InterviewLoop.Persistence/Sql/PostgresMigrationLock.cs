using Dapper;
using Npgsql;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// A session advisory lock held while one process migrates. Without it two processes opening a new
/// database at once could both run <c>CREATE TABLE IF NOT EXISTS</c> (which races in PostgreSQL) or
/// both read an empty journal under READ COMMITTED.
/// </summary>
internal sealed class PostgresMigrationLock : IDisposable
{
    /// <summary>The advisory lock key of InterviewLoop's migrations; any fixed number works if every process uses it.</summary>
    public const long InterviewLoopKey = 0x1D7E_4A1E_0000_0001;

    private readonly NpgsqlConnection _connection;
    private readonly long _key;

    private PostgresMigrationLock(NpgsqlConnection connection, long key) => (_connection, _key) = (connection, key);

    /// <summary>Waits for the lock on <paramref name="key"/> and returns it; disposing releases it.</summary>
    public static PostgresMigrationLock Take(NpgsqlConnection connection, long key)
    {
        connection.Execute("SELECT pg_advisory_lock(@Key);", new { Key = key });
        return new PostgresMigrationLock(connection, key);
    }

    public void Dispose() => _connection.Execute("SELECT pg_advisory_unlock(@Key);", new { Key = _key });
}
