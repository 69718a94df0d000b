using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Bench.Packet;

/// <summary>
/// A realistic six-round loop: two interviewers per round, every scorecard submitted with a note per
/// dimension. Ratings scatter by ±1 around the candidate's level per dimension, as independent raters do,
/// so calibration raises a few disagreements rather than one on every dimension.
/// </summary>
internal static class BenchLoop
{
    private static readonly (RoundKind Kind, string Rubric)[] Rounds =
    [
        (RoundKind.RecruiterScreen, "career-narrative/v1"), (RoundKind.HiringManager, "career-narrative/v1"),
        (RoundKind.ProjectDeepDive, "senior-evidence/v1"), (RoundKind.SystemDesign, "senior-evidence/v1"),
        (RoundKind.Coding, "senior-evidence/v1"), (RoundKind.Behavioral, "senior-evidence/v1"),
    ];

    private static readonly (string Id, string Name)[] Interviewers =
        [("u-17", "Priya N."), ("u-40", "Marcus O."), ("u-21", "Dana K."), ("u-22", "Lee S."), ("u-30", "Omar F."), ("u-31", "Ines W.")];

    public static LoopSnapshot Create(string loopId, int seed)
    {
        var random = new Random(seed);
        var rounds = Rounds.Select((r, i) => Round(i, r.Kind, r.Rubric, random)).ToArray();
        return new LoopSnapshot(loopId, new Candidate($"cand-{seed}", $"Candidate {seed:000}"),
            new Role("Senior Backend Engineer", Track.Ic, Level.FromRank(4)), rounds);
    }

    private static RoundSnapshot Round(int index, RoundKind kind, string rubricId, Random random)
    {
        var start = new DateTimeOffset(2026, 11, 2, 14, 0, 0, TimeSpan.Zero).AddDays(index);
        var lead = Interviewers[index % Interviewers.Length];
        var shadow = Interviewers[(index + 1) % Interviewers.Length];
        var panel = new Panel([new PanelMember(lead.Id, lead.Name, PanelRole.Lead), new PanelMember(shadow.Id, shadow.Name, PanelRole.Shadow)]);
        var plan = new RoundPlan($"r{index + 1}", kind, rubricId, start, 45, panel);
        var rubric = RubricCatalog.Get(rubricId);
        return new RoundSnapshot(plan, [Card(lead, rubric, start, random), Card(shadow, rubric, start, random)]);
    }

    private static Scorecard Card((string Id, string Name) who, Rubric rubric, DateTimeOffset start, Random random)
    {
        var ratings = rubric.Dimensions.ToDictionary(d => d.Id, d => Math.Clamp(Candidate(d.Id) + random.Next(-1, 2), 1, 5));
        var notes = rubric.Dimensions.Select(d => new EvidenceNote(d.Id, Note(d.Name, ratings[d.Id]))).ToArray();
        return new Scorecard(who.Id, who.Name, ratings, notes, (Recommendation)random.Next(-1, 3), Level.FromRank(random.Next(3, 6)),
            "Walked through two projects in depth; clear on trade-offs, less clear on measured impact. Would like a second opinion on scope.",
            [], start.AddMinutes(70 + random.Next(0, 60)));
    }

    // The candidate's true standing on a dimension: 3 or 4, fixed per dimension.
    private static int Candidate(string dimensionId) => 3 + (dimensionId.Length % 2);

    private static string Note(string dimension, int rating) =>
        $"{dimension}: described the billing retry rollout behind feature flags, the failure modes considered and the rollback plan; " +
        $"named the metric watched (duplicate charges per 10k) and what changed after launch. Rated {rating} against the anchors.";
}
