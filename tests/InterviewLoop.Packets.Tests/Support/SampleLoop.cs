using InterviewLoop.Calibration;
using InterviewLoop.Domain.Loops;
using static InterviewLoop.Packets.Tests.Support.LoopBuilder;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>A three-round loop: a submitted screen, a deep dive with a draft, and a round nobody has scored.</summary>
internal static class SampleLoop
{
    public const string ReorgQuote = "my team was folded into platform after a reorg";
    public const string MoneyQuote = "honestly the pay gap pushed me to look";

    public static LoopSnapshot Snapshot(string candidate = "Avery Q.", string deepDiveNote = "Owned the ledger rewrite end to end.") =>
        new LoopBuilder()
            .WithCandidate(candidate)
            .AddRound("r1", RoundKind.RecruiterScreen, "career-narrative/v1", [Lead("u-17", "Priya N.")],
                new ScorecardBuilder("u-17", "Priya N.").Rate("transition_explanation", 4, ReorgQuote).Rate("role_fit", 3).Build())
            .AddRound("r2", RoundKind.ProjectDeepDive, "senior-evidence/v1", [Lead("u-40", "Marcus O."), Shadow("u-22", "Lee S.")],
                new ScorecardBuilder("u-40", "Marcus O.").Rate("production_ownership", 5, deepDiveNote).Note(null, MoneyQuote).Build(),
                new ScorecardBuilder("u-22", "Lee S.").Rate("scope", 2).AsDraft().Build())
            .AddRound("r3", RoundKind.SystemDesign, "senior-evidence/v1", [Lead("u-21", "Dana K.")])
            .Build();

    public static CalibrationReport Report() =>
        new ReportBuilder()
            .Flag(FlagKinds.ReasonForMove, FlagSeverity.High, "Reason for moving differs: reorg (r1) vs compensation (r2).",
                new FlagEvidence("r1", "u-17", ReorgQuote), new FlagEvidence("r2", "u-40", MoneyQuote))
            .Calibrated("r2", "u-40", "production_ownership", 5, 4.6)
            .Build();
}
