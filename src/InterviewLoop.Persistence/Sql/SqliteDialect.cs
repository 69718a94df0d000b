using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Sql;

/// <summary>
/// SQLite through Microsoft.Data.Sqlite: one database file, WAL journal, <c>synchronous=FULL</c>
/// (an acknowledged commit survives a power cut), foreign keys on, and writers that wait up to
/// <see cref="LockWaitSeconds"/> for another process's write lock rather than fail.
/// </summary>
public sealed class SqliteDialect : ISqlDialect
{
    /// <summary>How long a command waits for another connection's lock before failing, in seconds.</summary>
    public const int LockWaitSeconds = 5;

    private static readonly Lazy<bool> NativeLibrary = new(() => { SQLitePCL.Batteries_V2.Init(); return true; });

    private readonly string _connectionString;

    /// <summary>A dialect for the database file at <paramref name="path"/> (relative paths resolve against the working directory).</summary>
    public SqliteDialect(string path)
    {
        FilePath = System.IO.Path.GetFullPath(path);
        _connectionString = SqliteConnections.ConnectionString(FilePath, LockWaitSeconds);
        _ = NativeLibrary.Value;
    }

    /// <summary>Absolute path of the database file.</summary>
    public string FilePath { get; }

    /// <inheritdoc />
    public string Name => DatabaseOptions.SqliteProviderName;

    /// <inheritdoc />
    public string MigrationResourcePrefix => "db/sqlite/";

    /// <inheritdoc />
    public string RowLockClause => "";

    /// <inheritdoc />
    public int MaxWritesPerCommit => 256;

    /// <inheritdoc />
    public IDisposable LockMigrations(DbConnection connection) => NoLock.Instance;

    /// <inheritdoc />
    public void Prepare()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
        using var connection = OpenConnection();
        using var command = connection.CreateCommand();
        // WAL is a property of the file: set once, it lets readers run beside the single writer.
        command.CommandText = "PRAGMA journal_mode = WAL;";
        var mode = command.ExecuteScalar() as string;
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Database:Path: '{FilePath}' cannot use the WAL journal (got '{mode}'); use a local file system");
    }

    /// <inheritdoc />
    public DbConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return SqliteConnections.Configured(connection);
    }

    /// <inheritdoc />
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        return SqliteConnections.Configured(connection);
    }

    /// <inheritdoc />
    public DbTransaction BeginWriteTransaction(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    /// <inheritdoc />
    IWriterMaintenance ISqlDialect.StartWriterMaintenance() => new SqliteCheckpointer(this);

    /// <inheritdoc />
    public bool IsUniqueViolation(Exception exception) => SqliteConnections.IsUniqueViolation(exception);

    /// <inheritdoc />
    public void ReleaseConnections() => SqliteConnections.ClearPool(_connectionString);
}
