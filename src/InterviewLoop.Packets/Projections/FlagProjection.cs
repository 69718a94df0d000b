using InterviewLoop.Calibration;
using InterviewLoop.Domain;
using InterviewLoop.Packets.Model;

namespace InterviewLoop.Packets.Projections;

/// <summary>A calibration flag in display terms.</summary>
internal static class FlagProjection
{
    public static PacketFlag Of(Flag flag, int number, InterviewerNames names) =>
        new(number,
            flag.Kind,
            Labels.Humanize(flag.Severity.ToWire()),
            flag.Message,
            flag.Rounds,
            flag.Dimension is null ? null : Labels.DimensionName(flag.Dimension),
            flag.Evidence.Select(e => new PacketQuote(e.Round, names.NameOf(e.Interviewer), e.Quote)).ToArray());
}
