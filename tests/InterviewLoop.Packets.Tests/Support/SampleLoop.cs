using InterviewLoop.Calibration;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Scoring;
using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Sources;
using static InterviewLoop.Packets.Tests.Support.LoopBuilder;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>
/// A three-round loop, hand-built so packet tests depend on neither the calibrator nor the sample file:
/// a submitted screen, a deep dive with one submitted scorecard and one draft, and a round nobody has scored.
/// </summary>
internal static class SampleLoop
{
    public const string ReorgQuote = "my team was folded into platform after a reorg";
    public const string MoneyQuote = "honestly the pay gap pushed me to look";
    public const string MarcusSummary = "Led the ledger rewrite and owns it in production; would hire at senior level.";
    public const string DraftNote = "DRAFT-ONLY note that must never reach a packet";
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 5, 9, 30, 0, TimeSpan.Zero);
    public static readonly PacketPosition Position = new(57, 1, [new("r1", 2), new("r2", 5), new("r3", 1)]);

    public static LoopSnapshot Snapshot(string candidate = "Avery Q.", string deepDiveNote = "Owned the ledger rewrite end to end.") =>
        new LoopBuilder()
            .WithCandidate(candidate)
            .AddRound("r1", RoundKind.RecruiterScreen, "career-narrative/v1", [Lead("u-17", "Priya N.")],
                new ScorecardBuilder("u-17", "Priya N.").Rate("transition_explanation", 4, ReorgQuote).Rate("role_fit", 3).Rate("through_line", 4).Build())
            .AddRound("r2", RoundKind.ProjectDeepDive, "senior-evidence/v1", [Lead("u-40", "Marcus O."), Shadow("u-22", "Lee S.")],
                new ScorecardBuilder("u-40", "Marcus O.").Rate("production_ownership", 5, deepDiveNote).Rate("scope", 4).Rate("judgment", 3)
                    .Recommend(Recommendation.StrongYes).Note(null, MoneyQuote).Summary(MarcusSummary).Build(),
                new ScorecardBuilder("u-22", "Lee S.").Rate("scope", 2, DraftNote).AsDraft().Build())
            .AddRound("r3", RoundKind.SystemDesign, "senior-evidence/v1", [Lead("u-21", "Dana K.")])
            .Build();

    public static CalibrationReport Report() =>
        new ReportBuilder()
            .Flag(FlagKinds.ReasonForMove, FlagSeverity.High, "Reason for moving differs: reorg (r1) vs compensation (r2).",
                new FlagEvidence("r1", "u-17", ReorgQuote), new FlagEvidence("r2", "u-40", MoneyQuote))
            .Calibrated("r2", "u-40", "production_ownership", 5, 4.6)
            .Build();

    public const string AmendReason = "Typed 3 for scope by mistake; my notes say the platform-wide migration.";

    public static LoopRecord Record(string candidate = "Avery Q.", string deepDiveNote = "Owned the ledger rewrite end to end.", LoopDecision? decision = null)
    {
        var document = LoopRecord.FromDocument(Snapshot(candidate, deepDiveNote));
        var amended = new LoopHistoryEntry(new DateTimeOffset(2026, 11, 3, 9, 5, 0, TimeSpan.Zero), LoopHistoryKind.Amended, "r2", "u-40", null, AmendReason,
            new FieldChange(ScorecardField.Rating, "scope", "3", "4"));
        return document with { Decision = decision, Position = Position, History = [.. document.History, amended] };
    }

    public static SealedPacket Packet(LoopRecord? record = null, PaperSize paper = PaperSize.A4)
    {
        var model = PacketProjection.From(record ?? Record(), Report());
        return new SealedPacket(model, new PacketSeal(model.LoopId, PacketHash.Of(model), Position, paper, GeneratedAt));
    }

    public static string Html(string candidate = "Avery Q.", string deepDiveNote = "Owned the ledger rewrite end to end.") =>
        Packet(Record(candidate, deepDiveNote)).Document.Render();

    public static LoopDecision Hire() =>
        new(DecisionOutcome.Hire, Level.FromRank(4), "Consistent senior evidence; the reason-for-move flag was settled with the candidate.", "u-91", "Casey M.", GeneratedAt);
}
