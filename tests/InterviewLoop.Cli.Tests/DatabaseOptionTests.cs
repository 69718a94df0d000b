using InterviewLoop.Cli.Tests.Support;
using InterviewLoop.Persistence.Tests.Support;

namespace InterviewLoop.Cli.Tests;

/// <summary>How import, packets and verify choose their database, and what they say when they cannot use it.</summary>
public sealed class DatabaseOptionTests : IDisposable
{
    private const string Password = "s3cret-never-shown";
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("import")]
    [InlineData("packets")]
    [InlineData("verify")]
    public async Task Command_WithBothDatabaseAndPostgres_ExitsTwoWithOneLineAndWritesNothing(string command)
    {
        var postgres = $"Host=127.0.0.1;Database=interviewloop;Username=app;Password={Password}";

        var run = await CliRun.RunAsync([.. CommandArgs(command), "--database", _temp.File("loops.db"), "--postgres", postgres]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Equal("give either --database PATH or --postgres CONNECTION_STRING, not both", Assert.Single(run.ErrorLines));
        Assert.Equal(["loop.json"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Import_WithAMalformedConnectionString_ExitsTwoNamingTheOption()
    {
        var run = await CliRun.RunAsync([.. CommandArgs("import"), "--postgres", "Host=127.0.0.1;Port=five"]);

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("--postgres: not a PostgreSQL connection string (", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("packets")]
    public async Task Command_WhenNoPostgresServerListens_ExitsOneNamingHostAndDatabaseWithoutThePassword(string command)
    {
        var port = PostgresServer.FreePort();
        var postgres = $"Host=127.0.0.1;Port={port};Database=interviewloop;Username=app;Password={Password}";

        var run = await CliRun.RunAsync([.. CommandArgs(command), "--postgres", postgres]);

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"--postgres: cannot open database 'interviewloop' on 127.0.0.1:{port} as user 'app': ", Assert.Single(run.ErrorLines));
        Assert.DoesNotContain(Password, run.Stderr);
        Assert.Equal(["loop.json"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("packets")]
    [InlineData("verify")]
    public async Task Help_OfEachDatabaseCommand_ShowsBothOptionsAndBothVariables(string command)
    {
        var run = await CliRun.RunAsync(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--database <PATH>", run.Stdout);
        Assert.Contains("--postgres <CONNECTION_STRING>", run.Stdout);
        Assert.Contains("$INTERVIEWLOOP_DB", run.Stdout);
        Assert.Contains("$INTERVIEWLOOP_POSTGRES, which keeps the password out of shell history", run.Stdout);
    }

    // Each command with everything but its database; the loop document is the one file the test leaves behind.
    private string[] CommandArgs(string command)
    {
        var loop = LoopDocument.Valid().WriteTo(_temp);
        return command switch
        {
            "import" => ["import", loop],
            "packets" => ["packets", "--all", "-o", _temp.File("out")],
            _ => ["verify", _temp.File("packet.pdf")],
        };
    }
}
