using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// What a dialect runs beside the group-commit writer (<see cref="GroupCommitWriter"/>) for as long as the
/// database is open: SQLite moves WAL checkpoints off the writer (<see cref="SqliteCheckpointer"/>);
/// PostgreSQL needs nothing (<see cref="NoWriterMaintenance"/>), its server checkpoints on its own.
/// </summary>
internal interface IWriterMaintenance : IDisposable
{
    /// <summary>The database's dialect.</summary>
    ISqlDialect Dialect { get; }

    /// <summary>Opens the writer's connection, configured for this maintenance.</summary>
    DbConnection OpenWriter();

    /// <summary>Begins a group commit's write transaction on the writer's connection.</summary>
    IWriteTransaction BeginWrite(DbConnection writer);

    /// <summary>Called on the writer thread after a commit and after its callers were answered.</summary>
    void AfterCommit(DbConnection writer);
}

/// <summary>No maintenance: the writer's connection is an ordinary one.</summary>
/// <param name="dialect">Opens the connection.</param>
internal sealed class NoWriterMaintenance(ISqlDialect dialect) : IWriterMaintenance
{
    /// <inheritdoc />
    public ISqlDialect Dialect => dialect;

    /// <inheritdoc />
    public DbConnection OpenWriter() => dialect.OpenConnection();

    /// <inheritdoc />
    public IWriteTransaction BeginWrite(DbConnection writer) => new AdoWriteTransaction(dialect.BeginWriteTransaction(writer));

    /// <inheritdoc />
    public void AfterCommit(DbConnection writer)
    {
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
