using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// Statements compiled once for one open SQLite connection and finalized when it closes: the writer's
/// transaction control (<see cref="SqliteWriterStatements"/>) and its event inserts. A closed and reopened
/// connection gets a new set, compiled on its new handle.
/// </summary>
/// <typeparam name="T">What holds the statements; disposing it finalizes them.</typeparam>
internal static class SqlitePerConnection<T>
    where T : class, IDisposable
{
    private static readonly ConditionalWeakTable<SqliteConnection, T> ByConnection = new();

    /// <summary>The set of <paramref name="connection"/> (open), made by <paramref name="compile"/> on first use.</summary>
    public static T For(SqliteConnection connection, Func<sqlite3, T> compile)
    {
        // Every live edit asks: the lookup alone allocates nothing.
        return ByConnection.TryGetValue(connection, out var compiled) ? compiled : Add(connection, compile);
    }

    private static T Add(SqliteConnection connection, Func<sqlite3, T> compile)
    {
        var compiled = compile(connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open."));
        ByConnection.Add(connection, compiled);
        connection.StateChange += (_, e) =>
        {
            if (e.CurrentState != System.Data.ConnectionState.Closed) return;
            ByConnection.Remove(connection);
            compiled.Dispose();
        };
        return compiled;
    }
}
