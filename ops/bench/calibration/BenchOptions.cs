namespace InterviewLoop.Bench.Calibration;

/// <summary>Command-line settings of the benchmark.</summary>
internal sealed record BenchOptions(string LabeledManifest, string SampleLoop, int Loops, bool Quick)
{
    public static BenchOptions Parse(string[] args)
    {
        var root = RepositoryRoot();
        var options = new BenchOptions(
            Path.Combine(root, "tests", "InterviewLoop.Calibration.Tests", "Labeled", "manifest.json"),
            Path.Combine(root, "samples", "loop-daniel-r.json"), 2_000, false);
        for (var i = 0; i < args.Length; i++)
            options = args[i] switch
            {
                "--labeled" => options with { LabeledManifest = args[++i] },
                "--loops" => options with { Loops = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture) },
                "--quick" => options with { Quick = true },
                var other => throw new ArgumentException($"unknown argument '{other}' (use --labeled MANIFEST, --loops N, --quick)"),
            };
        return options;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "InterviewLoop.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from inside the repository (InterviewLoop.sln not found)");
    }
}
