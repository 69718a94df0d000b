namespace InterviewLoop.Packets.Model;

/// <summary>A calibration flag as the packet shows it.</summary>
/// <param name="Number">1-based position in the packet's flag list; the anchor <c>#flag-N</c> links to it.</param>
/// <param name="Kind">Contract kind, e.g. <c>narrative.reason_for_move</c>.</param>
/// <param name="Severity">Severity label: "Low", "Medium" or "High".</param>
/// <param name="Message">The flag's one-sentence message.</param>
/// <param name="Rounds">Round ids the flag names; each links to its round (<c>#round-ID</c>).</param>
/// <param name="Dimension">Rubric dimension display name, or <c>null</c> when not about one dimension.</param>
/// <param name="Evidence">The quotes that raised it.</param>
public sealed record PacketFlag(
    int Number, string Kind, string Severity, string Message, IReadOnlyList<string> Rounds, string? Dimension, IReadOnlyList<PacketQuote> Evidence);

/// <summary>A quote from a scorecard, attributed.</summary>
/// <param name="Round">Round id.</param>
/// <param name="Interviewer">Interviewer display name (the id when the loop does not name them).</param>
/// <param name="Quote">The quoted text.</param>
public sealed record PacketQuote(string Round, string Interviewer, string Quote);
