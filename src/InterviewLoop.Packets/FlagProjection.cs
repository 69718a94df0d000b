using InterviewLoop.Calibration;
using InterviewLoop.Domain;

namespace InterviewLoop.Packets;

/// <summary>A calibration flag in display terms.</summary>
internal static class FlagProjection
{
    public static PacketFlag Of(Flag flag, InterviewerNames names) =>
        new(flag.Kind,
            Labels.Humanize(flag.Severity.ToWire()),
            flag.Message,
            flag.Rounds,
            flag.Dimension is null ? null : Labels.DimensionName(flag.Dimension),
            flag.Evidence.Select(e => new PacketQuote(e.Round, names.NameOf(e.Interviewer), e.Quote)).ToArray());
}
