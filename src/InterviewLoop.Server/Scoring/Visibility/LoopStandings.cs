using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rounds;
using InterviewLoop.Grains.Contracts;
using InterviewLoop.Persistence.ReadModels;

namespace InterviewLoop.Server.Scoring.Visibility;

/// <summary>
/// Reads a loop's <see cref="LoopStanding"/> (who is on which panel, who submitted) for
/// <see cref="ScorecardVisibility"/>. Other rounds come from the read models, which are written in
/// the append's transaction and so are never behind; the round at hand comes from its grain's view,
/// which also carries its training mode. Never calls a grain, so round grains may use it mid-turn.
/// </summary>
/// <param name="queries">The read models.</param>
internal sealed class LoopStandings(LoopQueries queries)
{
    /// <summary>The standing of <paramref name="view"/>'s loop, with <paramref name="view"/> in place of its round.</summary>
    public async Task<LoopStanding> ForAsync(RoundView view, CancellationToken ct = default)
    {
        var rounds = await queries.ListRoundsAsync(view.LoopId, ct: ct);
        var standing = new LoopStanding(rounds
            .Select(r => new RoundStanding(r.RoundId, new Panel(r.Panel), r.SubmittedIds, TrainingMode: false))
            .ToArray());
        return standing.With(view.Standing);
    }

    /// <summary>The standing of a whole loop read from its rounds' grains.</summary>
    public static LoopStanding Of(IEnumerable<RoundView> views) => new(views.Select(v => v.Standing).ToArray());
}
