using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>A database file in its own temp directory; every database opened on it is closed and the directory deleted on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly List<InterviewLoopDatabase> _opened = [];

    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "interviewloop-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Directory, "nested", "interviewloop.db");
    }

    public string Directory { get; }

    public string FilePath { get; }

    public FakeClock Clock { get; } = FakeClock.At("2026-03-02T09:00:00Z");

    public DatabaseOptions Options => new() { Path = FilePath };

    /// <summary>Opens the file like a separate process would: its own dialect, pool and connections.</summary>
    public InterviewLoopDatabase Open()
    {
        var database = InterviewLoopDatabase.Open(Options, Clock);
        _opened.Add(database);
        return database;
    }

    /// <summary>A raw connection for asserting on tables directly.</summary>
    public SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        foreach (var database in _opened) database.Dispose();
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
