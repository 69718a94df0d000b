using InterviewLoop.Bench.Live;

// ops/bench/live/tool: the .NET side of the live-scoring benchmark. Each command prints one JSON
// object on stdout for ops/bench/live/report.mjs; errors go to stderr with exit code 2.
try
{
    var options = BenchArgs.Parse(args);
    var json = options.Command switch
    {
        "seed-users" => await BenchUsers.SeedAsync(options),
        "audit" => await EventAudit.RunAsync(options),
        "baseline" => InsertLoopBaseline.Run(options),
        "probe" => DiskProbe.Run(options),
        _ => throw new ArgumentException($"command: '{options.Command}' is not one of seed-users, audit, baseline, probe"),
    };
    Console.WriteLine(json);
    return 0;
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync($"bench tool: {e.Message}");
    return 2;
}
