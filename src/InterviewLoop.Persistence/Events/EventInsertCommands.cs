using System.Data.Common;
using System.Runtime.CompilerServices;

namespace InterviewLoop.Persistence.Events;

/// <summary>
/// The two event INSERTs of <see cref="EventAppender"/> as ADO.NET commands (PostgreSQL), built once per
/// connection and then only given new values: every live edit runs one of them on the writer's one
/// long-lived connection, and Dapper would add a parameter object and a lookup per call. Used only by the
/// thread that owns the connection, as every connection is. SQLite runs the same SQL on compiled
/// statements instead (<see cref="SqliteEventInserts"/>).
/// </summary>
internal sealed class EventInsertCommands : IEventInserts
{
    /// <summary>Inserts the first event of a batch only if the stream is at <c>@Expected</c>; returns its position, or nothing.</summary>
    public const string CheckedInsertSql = """
        INSERT INTO events (stream_id, version, type, payload, recorded_at)
        SELECT @StreamId, @Version, @Type, @Payload, @RecordedAt
        WHERE (SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = @StreamId) = @Expected
        RETURNING position;
        """;

    /// <summary>Inserts a later event of a batch; returns its position.</summary>
    public const string InsertSql = """
        INSERT INTO events (stream_id, version, type, payload, recorded_at)
        VALUES (@StreamId, @Version, @Type, @Payload, @RecordedAt)
        RETURNING position;
        """;

    // In the order InsertAsync fills them; the plain insert has all but the last.
    private static readonly string[] ParameterNames = ["@StreamId", "@Version", "@Type", "@Payload", "@RecordedAt", "@Expected"];

    // Commands die with their connection: a writer that reopens after a failure builds new ones.
    private static readonly ConditionalWeakTable<DbConnection, EventInsertCommands> ByConnection = new();

    private readonly DbCommand _checked;
    private readonly DbCommand _plain;

    private EventInsertCommands(DbConnection connection)
    {
        _checked = Build(connection, CheckedInsertSql, withExpected: true);
        _plain = Build(connection, InsertSql, withExpected: false);
    }

    /// <summary>The commands of <paramref name="connection"/>, built on first use.</summary>
    public static EventInsertCommands For(DbConnection connection) => ByConnection.GetValue(connection, c => new EventInsertCommands(c));

    /// <inheritdoc />
    public async ValueTask<long?> InsertAsync(DbTransaction? transaction, EventValues values, long? expected, CancellationToken ct)
    {
        var command = expected is null ? _plain : _checked;
        command.Transaction = transaction;
        var p = command.Parameters;
        p[0].Value = values.StreamId;
        p[1].Value = values.Version;
        p[2].Value = values.Type;
        p[3].Value = values.Payload;
        p[4].Value = values.RecordedAt;
        if (expected is { } version) p[5].Value = version;
        var position = await command.ExecuteScalarAsync(ct);
        return position is null or DBNull ? null : Convert.ToInt64(position, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static DbCommand Build(DbConnection connection, string sql, bool withExpected)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in withExpected ? ParameterNames : ParameterNames[..^1])
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
