using InterviewLoop.Packets.Model;
using InterviewLoop.Packets.Sources;

namespace InterviewLoop.Packets.Projections;

/// <summary>The audit trail in display terms, oldest first.</summary>
internal static class AuditProjection
{
    public static IReadOnlyList<PacketAuditEntry> Of(LoopRecord record, InterviewerNames names) =>
        record.History.Select(h => Entry(h, record, names)).ToArray();

    private static PacketAuditEntry Entry(LoopHistoryEntry h, LoopRecord record, InterviewerNames names)
    {
        var who = h.ActorId is null ? null : names.NameOf(h.ActorId);
        var what = h.Kind switch
        {
            LoopHistoryKind.Planned => "Loop planned",
            LoopHistoryKind.Submitted => "Scorecard submitted",
            LoopHistoryKind.Imported => "Scorecard submitted (arrived with the imported loop)",
            LoopHistoryKind.Amended => AmendmentText.Of(h.Change!),
            _ => $"Decision recorded: {DecisionProjection.Status(record.Decision)}",
        };
        if (h.Kind == LoopHistoryKind.Decided) who = record.Decision?.DecidedByName ?? who;
        if (h.Detail is not null) what += $" ({h.Detail})";
        return new PacketAuditEntry(h.At.ToUniversalTime(), h.RoundId, who, what, h.Reason);
    }
}
