namespace InterviewLoop.Packets.Model;

/// <summary>What a committee member reads first.</summary>
/// <param name="Level">The level the evidence supports beside the target.</param>
/// <param name="Recommendations">One entry per recommendation value, strong no to strong yes, zero counts included.</param>
/// <param name="TopFlags">Up to three flags, most severe first: the ones to settle before deciding.</param>
public sealed record PacketSummary(PacketLevel Level, IReadOnlyList<PacketRecommendationCount> Recommendations, IReadOnlyList<PacketFlag> TopFlags);

/// <summary>The loop's target level beside what the evidence supports.</summary>
/// <param name="Supported">Supported level (<c>L1</c>..<c>L8</c>), or <c>null</c> when there is no evidence yet.</param>
/// <param name="Confidence">0..1: how sure calibration is of <paramref name="Supported"/>.</param>
/// <param name="Target">The loop's target level, <c>L1</c>..<c>L8</c>.</param>
public sealed record PacketLevel(string? Supported, double Confidence, string Target);

/// <summary>How many submitted scorecards gave one recommendation, and who.</summary>
/// <param name="Recommendation">Label, e.g. "Strong yes".</param>
/// <param name="Count">Number of submitted scorecards with it (0 or more).</param>
/// <param name="Who">Interviewer and round of each, e.g. "Priya N. (r1)".</param>
public sealed record PacketRecommendationCount(string Recommendation, int Count, IReadOnlyList<string> Who);
