using System.Data.Common;
using InterviewLoop.Persistence.Sql;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// The event INSERTs (<see cref="EventInsertCommands.CheckedInsertSql"/>, <see cref="EventInsertCommands.InsertSql"/>)
/// on statements compiled once for the SQLite writer's connection and bound by hand. Every live edit runs
/// one; through a reused Microsoft.Data.Sqlite command it still left about 1 KB of garbage per edit (a
/// binder per parameter, a UTF-8 copy of every text, a reader, a record and a task), which made collections
/// more frequent; here an insert allocates nothing (docs/benchmarks.md). Texts are bound as UTF-16, which
/// SQLite converts natively. Used only by the thread that owns the connection.
/// </summary>
internal sealed class SqliteEventInserts : IEventInserts, IDisposable
{
    private readonly sqlite3 _db;
    private readonly EventInsertStatement _checked;
    private readonly EventInsertStatement _plain;

    private SqliteEventInserts(sqlite3 db)
    {
        _db = db;
        _checked = EventInsertStatement.Compile(db, EventInsertCommands.CheckedInsertSql);
        _plain = EventInsertStatement.Compile(db, EventInsertCommands.InsertSql);
    }

    /// <summary>The inserts of <paramref name="connection"/> (open), compiled on first use.</summary>
    public static SqliteEventInserts For(SqliteConnection connection) =>
        SqlitePerConnection<SqliteEventInserts>.For(connection, static db => new SqliteEventInserts(db));

    /// <inheritdoc />
    /// <remarks>Runs synchronously, as Microsoft.Data.Sqlite's async methods do; <paramref name="transaction"/> is not used (the connection owns it).</remarks>
    public ValueTask<long?> InsertAsync(DbTransaction? transaction, EventValues values, long? expected, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var statement = expected is null ? _plain : _checked;
        return new ValueTask<long?>(statement.Run(_db, values, expected));
    }

    /// <summary>Finalizes the statements.</summary>
    public void Dispose()
    {
        _checked.Dispose();
        _plain.Dispose();
    }
}

/// <summary>One compiled event INSERT and the positions of its named parameters.</summary>
internal sealed class EventInsertStatement : IDisposable
{
    private readonly sqlite3_stmt _statement;
    private readonly int _streamId;
    private readonly int _version;
    private readonly int _type;
    private readonly int _payload;
    private readonly int _recordedAt;
    private readonly int _expected;

    private EventInsertStatement(sqlite3_stmt statement)
    {
        _statement = statement;
        _streamId = raw.sqlite3_bind_parameter_index(statement, "@StreamId");
        _version = raw.sqlite3_bind_parameter_index(statement, "@Version");
        _type = raw.sqlite3_bind_parameter_index(statement, "@Type");
        _payload = raw.sqlite3_bind_parameter_index(statement, "@Payload");
        _recordedAt = raw.sqlite3_bind_parameter_index(statement, "@RecordedAt");
        _expected = raw.sqlite3_bind_parameter_index(statement, "@Expected"); // 0 where the SQL has none
    }

    /// <summary>Compiles <paramref name="sql"/> on <paramref name="db"/>; throws <see cref="SqliteException"/> when SQLite refuses it.</summary>
    public static EventInsertStatement Compile(sqlite3 db, string sql) => new(SqliteRaw.Prepare(db, sql));

    /// <summary>Binds, steps and resets; the position RETURNING gave, or null when no row was inserted.</summary>
    public long? Run(sqlite3 db, EventValues values, long? expected)
    {
        try
        {
            Bind(db, values, expected);
            var rc = raw.sqlite3_step(_statement);
            if (rc == raw.SQLITE_ROW) return raw.sqlite3_column_int64(_statement, 0);
            SqliteRaw.Check(db, rc);
            return null;
        }
        finally
        {
            // Reset and unbind whatever happened, so that the next write starts from a clean statement.
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    /// <summary>Finalizes the statement.</summary>
    public void Dispose() => _statement.Dispose();

    private void Bind(sqlite3 db, EventValues values, long? expected)
    {
        SqliteRaw.Check(db, raw.sqlite3_bind_text16(_statement, _streamId, values.StreamId));
        SqliteRaw.Check(db, raw.sqlite3_bind_int64(_statement, _version, values.Version));
        SqliteRaw.Check(db, raw.sqlite3_bind_text16(_statement, _type, values.Type));
        SqliteRaw.Check(db, raw.sqlite3_bind_text16(_statement, _payload, values.Payload));
        SqliteRaw.Check(db, raw.sqlite3_bind_text16(_statement, _recordedAt, values.RecordedAt));
        if (expected is { } version) SqliteRaw.Check(db, raw.sqlite3_bind_int64(_statement, _expected, version));
    }
}
