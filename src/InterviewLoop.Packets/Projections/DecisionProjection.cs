using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>The committee's decision in display terms.</summary>
internal static class DecisionProjection
{
    public const string NoDecision = "No decision recorded";

    public static PacketDecision? Of(LoopDecision? decision) =>
        decision is null ? null
        : new PacketDecision(Labels.Humanize(decision.Outcome.ToWire()), decision.Level?.ToString(), decision.Rationale, decision.DecidedByName, decision.At.ToUniversalTime());

    /// <summary>"No decision recorded", "Hire at L4", "No hire" or "Hold".</summary>
    public static string Status(LoopDecision? decision) => decision switch
    {
        null => NoDecision,
        { Level: { } level } => $"{Labels.Humanize(decision.Outcome.ToWire())} at {level}",
        _ => Labels.Humanize(decision.Outcome.ToWire()),
    };
}
