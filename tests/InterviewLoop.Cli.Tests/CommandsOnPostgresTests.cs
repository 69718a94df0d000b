using InterviewLoop.Cli.Tests.Support;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Persistence;
using InterviewLoop.Persistence.Tests.Support;
using Npgsql;

namespace InterviewLoop.Cli.Tests;

/// <summary>import, packets and verify against a PostgreSQL database on the server the tests start.</summary>
[Collection(PostgresSuites.Name)]
public sealed class CommandsOnPostgresTests(PostgresServer server) : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TempPostgresDatabase _postgres = new(server);

    public void Dispose()
    {
        _postgres.Dispose();
        _temp.Dispose();
    }

    private LoopDatabase Database => LoopDatabase.OnPostgres(_temp, _postgres.ConnectionString);

    [Fact]
    public async Task Import_WithPostgres_StoresTheLoopThereAndPrintsWhatWasImported()
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);

        var run = await CliRun.RunAsync("import", loop, "--postgres", _postgres.ConnectionString);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Equal($"imported loop {LoopDocument.LoopId} (3 rounds, 3 scorecards)", run.Stdout.Trim());
        using var database = InterviewLoopDatabase.Open(Database.Options);
        Assert.Equal(LoopDocument.CandidateName, (await database.Loops.FindLoopAsync(LoopDocument.LoopId))?.CandidateName);
    }

    [Fact]
    public async Task PacketsAll_FromPostgres_WritesASealedPacketWithItsPosition()
    {
        await Database.ImportAsync();

        var pdf = await ExportAsync();

        var firstPage = await PdfText.PageAsync(pdf, 1);
        Assert.Contains(LoopDocument.CandidateName, firstPage);
        Assert.True(SealText.TryFind(firstPage, out var seal));
        Assert.Equal((LoopDocument.LoopId, true), (seal.LoopId, seal.Position is not null));
    }

    [Fact]
    public async Task Verify_AgainstPostgres_IsVerifiedUntilANewSubmissionThenDoesNotMatch()
    {
        var database = await Database.ImportAsync();
        var pdf = await ExportAsync();

        var fresh = await CliRun.RunAsync(["verify", pdf, .. database.Args]);
        await database.SubmitRound3Async();
        var afterSubmission = await CliRun.RunAsync(["verify", pdf, .. database.Args]);

        Assert.Equal((0, ""), (fresh.ExitCode, fresh.Stderr));
        Assert.StartsWith($"verified: loop {LoopDocument.LoopId}, sha256:", fresh.Stdout);
        Assert.Equal(1, afterSubmission.ExitCode);
        Assert.StartsWith("does not match: newer events exist", afterSubmission.Stdout);
    }

    [Theory]
    [InlineData("import")]
    [InlineData("packets")]
    public async Task Command_WithAWrongPassword_ExitsTwoNamingHostAndDatabaseWithoutThePasswordAndWritesNothing(string command)
    {
        const string wrong = "wrong-password-Zr8";
        var connection = server.ConnectionString(_postgres.Name, PostgresServer.PasswordRole, wrong);
        var port = new NpgsqlConnectionStringBuilder(connection).Port;
        string[] args = command == "import" ? ["import", LoopDocument.Valid().WriteTo(_temp)] : ["packets", "--all", "-o", _temp.File("out")];

        var run = await CliRun.RunAsync([.. args, "--postgres", connection]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"--postgres: cannot open database '{_postgres.Name}' on 127.0.0.1:{port} as user '{PostgresServer.PasswordRole}': 28P01: password authentication failed", line);
        Assert.DoesNotContain(wrong, run.Stderr);
        Assert.False(Directory.Exists(_temp.File("out")));
        Assert.Equal(0, await StoredLoops.EventCountAsync(Database.Options, LoopDocument.LoopId));
    }

    [Fact]
    public async Task OpsInterviewloop_WithPostgresInTheEnvironmentOnly_ImportsThereAndCreatesNoFile()
    {
        LoopDocument.Valid().WriteTo(_temp);
        var environment = new Dictionary<string, string?>
        {
            [CliContext.DatabaseVariable] = null,
            [CliContext.PostgresVariable] = _postgres.ConnectionString,
        };

        var (exitCode, stdout, stderr) = await OpsScript.RunAsync(_temp.Path, environment, "import", "loop.json");

        Assert.True(exitCode == 0, stderr);
        Assert.StartsWith($"imported loop {LoopDocument.LoopId}", stdout);
        Assert.True(await StoredLoops.EventCountAsync(Database.Options, LoopDocument.LoopId, "r1", "r2", "r3") >= 4);
        Assert.Equal(["loop.json"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    private async Task<string> ExportAsync()
    {
        var run = await CliRun.RunAsync(["packets", "--all", "-o", _temp.File("out"), "--postgres", _postgres.ConnectionString]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
