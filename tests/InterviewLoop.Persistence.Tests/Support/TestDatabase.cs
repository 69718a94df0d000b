using System.Data.Common;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>
/// An empty database of one dialect for one test (Dapper's habit: one test base, several databases).
/// Suites take one in their constructor; a derived class per dialect picks which.
/// </summary>
public abstract class TestDatabase : IDisposable
{
    private readonly List<InterviewLoopDatabase> _opened = [];

    public FakeClock Clock { get; } = FakeClock.At("2026-03-02T09:00:00Z");

    public abstract DatabaseOptions Options { get; }

    /// <summary>Opens the database like a separate process would: its own dialect, pool and connections.</summary>
    public InterviewLoopDatabase Open()
    {
        var database = InterviewLoopDatabase.Open(Options, Clock);
        _opened.Add(database);
        return database;
    }

    /// <summary>A raw, unpooled connection for asserting on tables directly.</summary>
    public abstract DbConnection Connect();

    public void Dispose()
    {
        foreach (var database in _opened) database.Dispose();
        Drop();
        GC.SuppressFinalize(this);
    }

    /// <summary>Deletes the database once every open of it is closed.</summary>
    protected abstract void Drop();
}
