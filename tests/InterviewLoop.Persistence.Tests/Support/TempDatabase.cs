using Microsoft.Data.Sqlite;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>A SQLite database file in its own temp directory, deleted with the directory on dispose.</summary>
public sealed class TempDatabase : TestDatabase
{
    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "interviewloop-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(Directory, "nested", "interviewloop.db");
    }

    public string Directory { get; }

    public string FilePath { get; }

    public override DatabaseOptions Options => new() { Path = FilePath };

    /// <summary>A raw connection; creates the file (and its folder) when nothing opened the database yet.</summary>
    public override SqliteConnection Connect()
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    protected override void Drop()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(Directory)) System.IO.Directory.Delete(Directory, recursive: true);
    }
}
