using System.Data.Common;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// The transaction of one group commit (<see cref="WriteBatch"/>): savepoints for each write, then one
/// COMMIT. Disposing it without <see cref="Commit"/> rolls it back, as a <see cref="DbTransaction"/> does.
/// </summary>
internal interface IWriteTransaction : IDisposable
{
    /// <summary>
    /// What the writes' commands name as their transaction: the ADO.NET transaction on PostgreSQL; null on
    /// SQLite, where the transaction belongs to the writer's connection and every command on it joins it.
    /// </summary>
    DbTransaction? Joined { get; }

    /// <summary>Opens savepoint <paramref name="name"/> (an SQL identifier).</summary>
    void Save(string name);

    /// <summary>Keeps what was written since savepoint <paramref name="name"/> and closes it.</summary>
    void Release(string name);

    /// <summary>Undoes what was written since savepoint <paramref name="name"/>; the savepoint stays open.</summary>
    void RollbackTo(string name);

    /// <summary>Commits; returns once the commit is durable.</summary>
    void Commit();

    /// <summary>Undoes the whole transaction.</summary>
    void Rollback();
}

/// <summary>An ADO.NET transaction as a group commit's transaction (PostgreSQL).</summary>
/// <param name="transaction">The open transaction; disposed with this.</param>
internal sealed class AdoWriteTransaction(DbTransaction transaction) : IWriteTransaction
{
    /// <inheritdoc />
    public DbTransaction? Joined => transaction;

    /// <inheritdoc />
    public void Save(string name) => transaction.Save(name);

    /// <inheritdoc />
    public void Release(string name) => transaction.Release(name);

    /// <inheritdoc />
    public void RollbackTo(string name) => transaction.Rollback(name);

    /// <inheritdoc />
    public void Commit() => transaction.Commit();

    /// <inheritdoc />
    public void Rollback() => transaction.Rollback();

    /// <inheritdoc />
    public void Dispose() => transaction.Dispose();
}
