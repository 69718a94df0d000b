namespace InterviewLoop.Persistence.Sql;

/// <summary>A lock that locks nothing: for a dialect whose transactions already serialise what it guards.</summary>
internal sealed class NoLock : IDisposable
{
    public static readonly NoLock Instance = new();

    public void Dispose()
    {
    }
}
