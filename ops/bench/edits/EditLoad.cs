using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;

namespace InterviewLoop.Bench.Edits;

/// <summary>The load of ops/bench/live (its generator's panels.mjs), sent straight to the round grains.</summary>
internal sealed class EditLoad(GrainHost host)
{
    private const int Rounds = 250;
    private const int PanelSize = 4;
    private static readonly string[] Dimensions = ["scope", "autonomy", "judgment", "production_ownership", "impact", "influence", "reflection"];

    private readonly Random _random = new(20261121);
    private IRoundGrain[] _rounds = [];
    private long _next;

    /// <summary>Imports the 250 loops, one round each, with their panels.</summary>
    public async Task ScheduleAsync()
    {
        for (var r = 1; r <= Rounds; r++)
            await host.GetGrain<ILoopGrain>(LoopId(r)).Create(LoopDocumentReader.Read(LoopDocument(r)));
        _rounds = [.. Enumerable.Range(1, Rounds).Select(r => host.GetGrain<IRoundGrain>($"{LoopId(r)}/r1"))];
    }

    /// <summary>Sends edits back to back for <paramref name="duration"/>; returns how many were acknowledged.</summary>
    public async Task<long> RunAsync(TimeSpan duration)
    {
        var end = DateTime.UtcNow + duration;
        long acked = 0;
        while (DateTime.UtcNow < end)
        {
            var seat = _random.Next(Rounds * PanelSize);
            await _rounds[seat / PanelSize].Change(Interviewer(seat + 1), NextChange());
            acked++;
        }
        return acked;
    }

    /// <summary>
    /// Starts <paramref name="perSecond"/> edits a second on schedule for <paramref name="duration"/>, without waiting
    /// for earlier ones (open loop, as pages send), and returns each edit's latency from its send to its
    /// acknowledgement, in milliseconds, with the scheduled start's offset from the beginning in seconds.
    /// </summary>
    /// <remarks>
    /// Timed from the send, not from the schedule: the pacing loop waits with <see cref="Task.Delay(TimeSpan)"/>, which
    /// wakes about a millisecond late, and timing from the schedule counted that lateness as the grain's (p50 2.2 against
    /// 0.6-0.7 ms from the send, 2026-11-22). The sender does not wait for acknowledgements, so slow answers do
    /// not hold later sends back.
    /// </remarks>
    public async Task<List<(double AtSeconds, double Ms)>> RunPacedAsync(TimeSpan duration, int perSecond)
    {
        var clock = Stopwatch.StartNew();
        var pending = new List<Task<(double, double)>>();
        var total = (long)(duration.TotalSeconds * perSecond);
        for (long i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var seat = _random.Next(Rounds * PanelSize);
            pending.Add(TimedAsync(_rounds[seat / PanelSize], Interviewer(seat + 1), NextChange(), clock, due));
        }
        var results = await Task.WhenAll(pending);
        return [.. results];
    }

    private static async Task<(double, double)> TimedAsync(IRoundGrain round, string interviewer, ScorecardChange change, Stopwatch clock, TimeSpan due)
    {
        var sent = clock.Elapsed;
        await round.Change(interviewer, change);
        return (due.TotalSeconds, (clock.Elapsed - sent).TotalMilliseconds);
    }

    // A page's operation id is a UUID; so is this one, with a counter for readability in the store.
    private ScorecardChange NextChange()
    {
        var id = $"{Interlocked.Increment(ref _next)}-{Guid.NewGuid()}";
        var dimension = Dimensions[_random.Next(Dimensions.Length)];
        return _random.Next(2) == 0
            ? new ScorecardChange(id, ScorecardField.Rating, dimension, (1 + _random.Next(5)).ToString(CultureInfo.InvariantCulture))
            : new ScorecardChange(id, ScorecardField.Note, dimension, $"bench note {id}");
    }

    private static string LoopId(int round) => Invariant($"bench-loop-{round:D4}");

    private static string Interviewer(int n) => Invariant($"bu-{n:D4}");

    // The loop document of panels.mjs (loopDocuments), built as objects so the JSON is always well formed.
    private static string LoopDocument(int round)
    {
        var panel = Enumerable.Range(0, PanelSize).Select(seat =>
        {
            var n = ((round - 1) * PanelSize) + seat + 1;
            return new { id = Interviewer(n), displayName = Invariant($"Bench {n:D4}"), role = seat == 0 ? "lead" : "shadow" };
        });
        return JsonSerializer.Serialize(new
        {
            schema = "interviewloop.loop/v1",
            loop = new
            {
                id = LoopId(round),
                candidate = new { id = Invariant($"bench-cand-{round:D4}"), displayName = Invariant($"Bench Candidate {round}") },
                role = new { title = "Backend Engineer", track = "ic", targetLevel = "L4" },
                rounds = new[] { new { id = "r1", kind = "system_design", rubric = "senior-evidence/v1", durationMinutes = 60, panel } },
            },
        });
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
