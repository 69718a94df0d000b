namespace InterviewLoop.Persistence.ReadModels;

/// <summary>
/// Where a loop stands, as shown in loop lists. Derived from panels and scorecards only (no clock):
/// counting a round as "active" once any panel member has a draft or a submitted scorecard.
/// </summary>
public static class LoopStates
{
    /// <summary>No panel member has started a scorecard yet.</summary>
    public const string Planned = "planned";

    /// <summary>Some rounds are active, others not yet.</summary>
    public const string InProgress = "in_progress";

    /// <summary>Every round is active, but some panel members have not submitted.</summary>
    public const string AwaitingFeedback = "awaiting_feedback";

    /// <summary>Every panel member of every round submitted: the hiring committee can hold the debrief.</summary>
    public const string ReadyForDebrief = "ready_for_debrief";

    /// <summary>The state for the given counts; <paramref name="activeRounds"/> counts rounds with any draft or submission.</summary>
    public static string Of(int roundCount, int activeRounds, int submitted, int expected) =>
        expected > 0 && submitted >= expected ? ReadyForDebrief
        : roundCount > 0 && activeRounds == roundCount ? AwaitingFeedback
        : activeRounds > 0 ? InProgress
        : Planned;
}
