using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Events;

/// <summary>The two event INSERTs of <see cref="EventAppender"/> (SQL in <see cref="EventInsertCommands"/>) on one writer connection.</summary>
internal interface IEventInserts
{
    /// <summary>
    /// Runs the checked insert (<paramref name="expected"/> given) or the plain one inside the writer's open
    /// transaction (<paramref name="transaction"/>, null where the connection owns it); returns the new
    /// event's position, or null when the checked insert found the stream at another version.
    /// Throws the database's <see cref="DbException"/> on a failed statement (a UNIQUE violation among them).
    /// </summary>
    ValueTask<long?> InsertAsync(DbTransaction? transaction, EventValues values, long? expected, CancellationToken ct);
}

/// <summary>Picks the inserts for a connection's database.</summary>
internal static class EventInserts
{
    /// <summary>Compiled SQLite statements bound by hand on SQLite; reused ADO.NET commands elsewhere.</summary>
    public static IEventInserts For(DbConnection connection) =>
        connection is SqliteConnection sqlite ? SqliteEventInserts.For(sqlite) : EventInsertCommands.For(connection);
}

/// <summary>One event row's values for <see cref="IEventInserts"/>.</summary>
internal readonly record struct EventValues(string StreamId, long Version, string Type, string Payload, string RecordedAt);
