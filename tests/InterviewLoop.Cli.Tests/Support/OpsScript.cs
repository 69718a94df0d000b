using System.Diagnostics;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>Runs <c>ops/interviewloop</c> as a person would: bash, a real process, its own working directory and environment.</summary>
internal static class OpsScript
{
    // The first run may build the CLI from scratch on a fresh clone.
    private static readonly TimeSpan FirstRunAllowance = TimeSpan.FromMinutes(8);

    /// <summary>
    /// Runs the script with <paramref name="args"/> in <paramref name="workingDirectory"/>; each entry of
    /// <paramref name="environment"/> sets a variable, or removes it when its value is <c>null</c>.
    /// </summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoRoot(), "ops", "interviewloop"));
        foreach (var a in args) start.ArgumentList.Add(a);
        // Run the build this test run already made, so the script finds a fresh dll instead of building another configuration.
        start.Environment["INTERVIEWLOOP_CONFIGURATION"] = BuildConfiguration;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(FirstRunAllowance);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"ops/interviewloop did not finish within {FirstRunAllowance}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ops", "interviewloop"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ops/interviewloop not found above " + AppContext.BaseDirectory);
    }

#if DEBUG
    private const string BuildConfiguration = "Debug";
#else
    private const string BuildConfiguration = "Release";
#endif
}
