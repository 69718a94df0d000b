namespace InterviewLoop.Packets.Tests.Snapshots;

/// <summary>
/// Approved files live beside the tests in <c>Approved/</c>. A test that sees something new writes it
/// as <c>NAME.received.EXT</c> next to the approved one, for review; set <c>INTERVIEWLOOP_APPROVE=1</c>
/// to accept what is received as the new approved file instead.
/// </summary>
internal static class Approvals
{
    public static string Folder { get; } = Path.Combine(RepoRoot(), "tests", "InterviewLoop.Packets.Tests", "Approved");

    public static bool Approving => Environment.GetEnvironmentVariable("INTERVIEWLOOP_APPROVE") == "1";

    public static string ApprovedPath(string name) => Path.Combine(Folder, name);

    /// <summary>Where a mismatching result is written: the approved path with <c>.received</c> before the extension.</summary>
    public static string ReceivedPath(string name) =>
        Path.Combine(Folder, $"{Path.GetFileNameWithoutExtension(name).Replace(".approved", "", StringComparison.Ordinal)}.received{Path.GetExtension(name)}");

    /// <summary>Accepts <paramref name="received"/> when approving; otherwise returns false so the test can compare. Removes a stale received file either way.</summary>
    public static bool ApproveIfAsked(string name, byte[] received)
    {
        File.Delete(ReceivedPath(name));
        if (!Approving) return false;
        File.WriteAllBytes(ApprovedPath(name), received);
        return true;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir.FullName, "tests")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}");
    }
}
