namespace InterviewLoop.Server.Tests.Support;

/// <summary>Finds files of the repository (samples, docs) from the test's output folder.</summary>
public static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string SampleLoop => Path.Combine(Root, "samples", "loop-daniel-r.json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")) && Directory.Exists(Path.Combine(dir.FullName, "src")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"No repository root above {AppContext.BaseDirectory}");
    }
}
