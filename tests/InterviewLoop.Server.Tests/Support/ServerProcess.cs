using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>
/// The built server run as a real child process (<c>dotnet InterviewLoop.Server.dll</c>) on a fixed
/// port over a SQLite file, so a test can kill it with SIGKILL and start it again on the same database.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServerProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <summary>A TCP port that was free a moment ago (the kernel picks it).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server and waits (up to a minute) until it answers.</summary>
    public static async Task<ServerProcess> StartAsync(string databasePath, int port)
    {
        var address = new Uri($"http://127.0.0.1:{port}");
        var server = new ServerProcess(Process.Start(StartInfo(databasePath, address))!, address);
        server.CaptureOutput();
        await server.WaitUntilUpAsync();
        return server;
    }

    /// <summary>Kills the process with SIGKILL (no shutdown, no flushing) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(string databasePath, Uri address)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        string[] args =
        [
            Path.Combine(AppContext.BaseDirectory, "InterviewLoop.Server.dll"), "--urls", address.ToString().TrimEnd('/'),
            $"--Database:Path={databasePath}", "--InterviewLoop:SeedDemoUsers=true", $"--InterviewLoop:SampleLoop={RepoFiles.SampleLoop}",
            "--Logging:LogLevel:Default=Warning", "--Logging:LogLevel:Microsoft.AspNetCore.DataProtection=Error",
            "--Auth:PasswordHashIterations=1000",
        ];
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return info;
    }

    private void CaptureOutput()
    {
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }

    private async Task WaitUntilUpAsync()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/login")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            await Task.Delay(100);
        }
        lock (_output) throw new InvalidOperationException($"The server at {Address} did not come up:\n{string.Join('\n', _output.TakeLast(30))}");
    }
}
