using System.Globalization;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>Ids and people of the sample loop, shared with the server's demo users.</summary>
public static class Sample
{
    public const string LoopId = "loop-2026-0142";

    public static readonly PanelMember Priya = new("u-17", "Priya N.", PanelRole.Lead);
    public static readonly PanelMember Marcus = new("u-40", "Marcus O.", PanelRole.Lead);
    public static readonly PanelMember Dana = new("u-21", "Dana K.", PanelRole.Lead);
    public static readonly PanelMember Lee = new("u-22", "Lee S.", PanelRole.Shadow);

    public static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture);

    /// <summary>The sample loop's four rounds: r1 Priya, r2 Marcus, r3 Priya + Marcus, r4 Dana (lead) + Lee (shadow).</summary>
    public static LoopPlan Plan() => new LoopPlanBuilder()
        .Round("r1", RoundKind.RecruiterScreen, "career-narrative/v1", At("2026-02-10T15:00:00Z"), Priya)
        .Round("r2", RoundKind.HiringManager, "career-narrative/v1", At("2026-02-12T16:00:00Z"), Marcus)
        .Round("r3", RoundKind.ProjectDeepDive, "senior-evidence/v1", At("2026-02-17T14:00:00Z"), Priya, Marcus)
        .Round("r4", RoundKind.SystemDesign, "senior-evidence/v1", At("2026-02-18T14:00:00Z"), Dana, Lee)
        .Build();
}
