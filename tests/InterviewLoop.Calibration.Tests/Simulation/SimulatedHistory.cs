using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Calibration.Tests.Simulation;

/// <summary>Loops drawn from known truth, with that truth.</summary>
/// <param name="Loops">The loops, every scorecard submitted.</param>
/// <param name="Truth">True rating (average rater, no noise) per (loop, round, interviewer, dimension).</param>
/// <param name="Severity">True severity per rater id.</param>
/// <param name="Halo">Rater ids that rate with a halo.</param>
internal sealed record SimulatedHistory(
    IReadOnlyList<LoopSnapshot> Loops,
    IReadOnlyDictionary<(string Loop, string Round, string Interviewer, string Dimension), double> Truth,
    IReadOnlyDictionary<string, double> Severity,
    IReadOnlySet<string> Halo)
{
    public int RatingCount => Truth.Count;
}
