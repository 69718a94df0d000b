using InterviewLoop.Calibration;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Packets;
using InterviewLoop.Persistence;
using Microsoft.Data.Sqlite;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>A database with imported loops, and what happens to it afterwards: scoring, and (SQLite only) tampering.</summary>
internal sealed class LoopDatabase
{
    private readonly TempDirectory _temp;

    /// <summary>A SQLite file in <paramref name="temp"/>, created by the first import.</summary>
    public LoopDatabase(TempDirectory temp) : this(temp, new DatabaseOptions { Path = temp.File("loops.db") })
    {
    }

    private LoopDatabase(TempDirectory temp, DatabaseOptions options) => (_temp, Options) = (temp, options);

    /// <summary>The PostgreSQL database of <paramref name="connectionString"/>, which must exist.</summary>
    public static LoopDatabase OnPostgres(TempDirectory temp, string connectionString) =>
        new(temp, new DatabaseOptions { Provider = DatabaseOptions.PostgresProviderName, ConnectionString = connectionString });

    public DatabaseOptions Options { get; }

    /// <summary>The command-line arguments that name this database: <c>--postgres CONNECTION_STRING</c> or <c>--database PATH</c>.</summary>
    public string[] Args => Options.ConnectionString is { } connection ? ["--postgres", connection] : ["--database", Path];

    /// <summary>The SQLite file.</summary>
    public string Path => Options.Path;

    /// <summary>Imports the fixture loop, under <paramref name="loopId"/> when given, through the CLI itself.</summary>
    public async Task<LoopDatabase> ImportAsync(string loopId = LoopDocument.LoopId)
    {
        var loop = LoopDocument.Valid().WithLoopId(loopId).WriteTo(_temp, $"{loopId}.json");
        var run = await CliRun.RunAsync(["import", loop, .. Args]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return this;
    }

    /// <summary>Lee edits a draft in r3: an event no packet shows.</summary>
    public Task EditDraftAsync(string loopId = LoopDocument.LoopId) =>
        WithRoundAsync(loopId, round => round.Change("u-22", Change(ScorecardField.Rating, "scope", "3")));

    /// <summary>Lee rates, recommends and submits r3: events that change the packet.</summary>
    public Task SubmitRound3Async(string loopId = LoopDocument.LoopId) =>
        WithRoundAsync(loopId, async round =>
        {
            await round.Change("u-22", Change(ScorecardField.Rating, "scope", "4"));
            await round.Change("u-22", Change(ScorecardField.Recommendation, null, "yes"));
            await round.Submit("u-22", Guid.NewGuid().ToString("N"));
        });

    /// <summary>Rewrites stored event payloads behind the application's back: what tamper evidence must catch.</summary>
    public async Task TamperAsync(string find, string replace)
    {
        SQLitePCL.Batteries_V2.Init();
        await using var connection = new SqliteConnection($"Data Source={Path};Pooling=False");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "UPDATE events SET payload = replace(payload, $find, $replace) WHERE instr(payload, $find) > 0";
        command.Parameters.AddWithValue("$find", find);
        command.Parameters.AddWithValue("$replace", replace);
        Assert.True(await command.ExecuteNonQueryAsync() > 0, $"no stored event contains '{find}'");
    }

    /// <summary>The packet as the database gives it now.</summary>
    public async Task<SealedPacket> ComposeAsync(string loopId = LoopDocument.LoopId)
    {
        using var database = InterviewLoopDatabase.Open(Options);
        return await new PacketComposer(database.EventStore, new LoopCalibrator(), TimeProvider.System).ComposeAsync(loopId);
    }

    private async Task WithRoundAsync(string loopId, Func<IRoundGrain, Task> act)
    {
        using var database = InterviewLoopDatabase.Open(Options);
        await using var host = InterviewLoopGrains.CreateHost(database.EventStore, new LoopCalibrator(), NullRoundObserver.Instance, TimeProvider.System);
        await act(host.GetGrain<IRoundGrain>($"{loopId}/r3"));
    }

    private static ScorecardChange Change(ScorecardField field, string? dimension, string value) =>
        new(Guid.NewGuid().ToString("N"), field, dimension, value);
}
