using System.Collections.Concurrent;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Storage;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>
/// Interviewers this process has seen committed into a round's progress lists (<c>started_json</c> or
/// <c>submitted_json</c>), by round stream id. Once listed, an interviewer stays listed: ids only move from
/// started to submitted, never out of both, whichever process writes. So a draft edit by a listed
/// interviewer needs no look at the round's row, which saves one query in every live edit's commit but
/// the first. Filled only after a commit, never from inside a transaction that may still roll back.
/// </summary>
internal sealed class ListedScorecards
{
    /// <summary>Entries kept before the set starts over (about 100 bytes each); forgetting only costs a query.</summary>
    public const int MaxEntries = 100_000;

    private readonly ConcurrentDictionary<(string StreamId, string InterviewerId), byte> _listed = new();

    /// <summary>True when <paramref name="interviewerId"/> is known to be listed on the round of <paramref name="streamId"/>.</summary>
    public bool Contains(string streamId, string interviewerId) => _listed.ContainsKey((streamId, interviewerId));

    /// <summary>Records the interviewers whose scorecard events <paramref name="appends"/> committed; call after the commit.</summary>
    public void AddCommitted(IReadOnlyList<StreamAppend> appends)
    {
        if (_listed.Count >= MaxEntries) _listed.Clear();
        // Index loops: this runs after every commit, and interface enumerators would allocate each time.
        for (var a = 0; a < appends.Count; a++)
        {
            var append = appends[a];
            for (var e = 0; e < append.Events.Count; e++)
            {
                var interviewerId = append.Events[e] switch
                {
                    ScorecardChanged c => c.InterviewerId,
                    ScorecardSubmitted s => s.InterviewerId,
                    ScorecardImported i => i.Scorecard.InterviewerId,
                    _ => null,
                };
                if (interviewerId is not null) _listed.TryAdd((append.StreamId, interviewerId), 0);
            }
        }
    }
}
