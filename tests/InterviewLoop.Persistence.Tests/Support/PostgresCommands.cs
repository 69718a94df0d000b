using System.Diagnostics;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>Runs Debian's PostgreSQL binaries (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>), as user postgres when we are root.</summary>
public sealed class PostgresCommands(string binDirectory)
{
    private const string Root = "/usr/lib/postgresql";

    private static readonly bool IsRoot = Environment.UserName == "root";

    /// <summary>The bin directory of the newest installed version; throws naming what is missing.</summary>
    public static string FindBinDirectory()
    {
        var bin = Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return bin ?? throw new InvalidOperationException(
            $"PostgreSQL tests need initdb and pg_ctl under {Root}/<version>/bin, and none was found: install the Debian package 'postgresql' (ops/install-deps does)");
    }

    /// <summary>
    /// initdb in <paramref name="directory"/>/data, then start on 127.0.0.1:<paramref name="port"/> and wait until it
    /// accepts connections. Every login is trusted except <paramref name="passwordRole"/>, which must give its password over TCP.
    /// </summary>
    public void Start(string directory, int port, string passwordRole)
    {
        Directory.CreateDirectory(directory);
        if (IsRoot) Run("/usr/bin/chown", ["postgres:postgres", directory], asPostgres: false);
        var data = Path.Combine(directory, "data");
        Run(Tool("initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);
        // The first matching line wins, so this one role is asked for a password: tests of a refused password need one.
        var hba = Path.Combine(data, "pg_hba.conf");
        File.WriteAllText(hba, $"host all {passwordRole} 127.0.0.1/32 scram-sha-256\n" + File.ReadAllText(hba));
        // fsync off: the data dies with the test run, so durability buys nothing but time.
        var settings = $"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200";
        Run(Tool("pg_ctl"), ["start", "-D", data, "-w", "-t", "60", "-l", Path.Combine(directory, "server.log"), "-o", settings]);
    }

    /// <summary>Stops the server of <paramref name="directory"/> when it has one running.</summary>
    public void Stop(string directory)
    {
        var data = Path.Combine(directory, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid"))) Run(Tool("pg_ctl"), ["stop", "-D", data, "-m", "fast", "-w"]);
    }

    private string Tool(string name) => Path.Combine(binDirectory, name);

    private static void Run(string program, IReadOnlyList<string> arguments, bool asPostgres = true)
    {
        var start = new ProcessStartInfo(IsRoot && asPostgres ? "/usr/sbin/runuser" : program)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (IsRoot && asPostgres) foreach (var a in new[] { "-u", "postgres", "--", program }) start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program}: could not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error.Result}{output.Result}");
    }
}
