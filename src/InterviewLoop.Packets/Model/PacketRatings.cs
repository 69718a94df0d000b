namespace InterviewLoop.Packets.Model;

/// <summary>Every submitted rating of the loop, laid out by dimension (rows) and round (columns).</summary>
/// <param name="RoundIds">Column order: the loop's round ids in plan order.</param>
/// <param name="Rows">One row per dimension of the loop's rubrics (rubric order, first rubric first), then any other rated dimension.</param>
/// <param name="Raters">Each interviewer with a submitted rating, with their severity as context.</param>
public sealed record PacketRatings(IReadOnlyList<string> RoundIds, IReadOnlyList<PacketRatingRow> Rows, IReadOnlyList<PacketRater> Raters);

/// <summary>One dimension across the loop's rounds.</summary>
/// <param name="DimensionId">Dimension id, e.g. <c>scope</c>.</param>
/// <param name="Dimension">Display name.</param>
/// <param name="Cells">One per round, in <see cref="PacketRatings.RoundIds"/> order.</param>
public sealed record PacketRatingRow(string DimensionId, string Dimension, IReadOnlyList<PacketRatingCell> Cells);

/// <summary>The ratings of one dimension in one round.</summary>
/// <param name="RoundId">Round id.</param>
/// <param name="Applies">False when the round's rubric has no such dimension (shown blank, not as a gap).</param>
/// <param name="Ratings">Submitted ratings, in panel order; empty when nobody rated it.</param>
public sealed record PacketRatingCell(string RoundId, bool Applies, IReadOnlyList<PacketRating> Ratings);

/// <summary>One interviewer's rating, raw beside calibrated.</summary>
/// <param name="InterviewerId">User id.</param>
/// <param name="Interviewer">Display name.</param>
/// <param name="Raw">The rating given, 1..5.</param>
/// <param name="Calibrated">With the rater's known severity removed, 1..5; equals <paramref name="Raw"/> without rater history.</param>
public sealed record PacketRating(string InterviewerId, string Interviewer, int Raw, double Calibrated);

/// <summary>An interviewer's severity or leniency, so a committee can read their ratings in context.</summary>
/// <param name="Id">User id.</param>
/// <param name="Name">Display name.</param>
/// <param name="Ratings">How many ratings they gave in this loop.</param>
/// <param name="Severity">
/// In rating points, how much lower than the panel they rate the same evidence: above 0 harsh, below 0
/// lenient. From the rater history when it knows them, else what calibration applied in this loop (mean of
/// calibrated minus raw); <c>null</c> when there is no history (every calibrated value equals the raw one).
/// </param>
/// <param name="StandardError">Standard error of <paramref name="Severity"/> from the history, or <c>null</c>.</param>
/// <param name="HistoryRatings">Ratings the history's estimate rests on, across every loop it was fitted over (this one included when it was), or <c>null</c> when not from history.</param>
public sealed record PacketRater(string Id, string Name, int Ratings, double? Severity, double? StandardError, int? HistoryRatings);
