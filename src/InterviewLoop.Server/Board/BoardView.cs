using InterviewLoop.Domain.Loops;
using InterviewLoop.Server.Scoring.Room;

namespace InterviewLoop.Server.Board;

/// <summary>Where one panel member stands on a round; wire names <c>not_started</c>, <c>drafting</c>, <c>scoring_now</c>, <c>submitted</c>.</summary>
public enum SeatState
{
    /// <summary>No draft yet and no page open.</summary>
    NotStarted,

    /// <summary>A draft exists; no page open now.</summary>
    Drafting,

    /// <summary>Has the round open now and has not submitted.</summary>
    ScoringNow,

    /// <summary>Submitted.</summary>
    Submitted,
}

/// <summary>One panel member on the board; never a rating.</summary>
/// <param name="InterviewerId">User id.</param>
/// <param name="DisplayName">Name.</param>
/// <param name="Role">Lead or shadow.</param>
/// <param name="State">Where they stand.</param>
/// <param name="Overdue">True when their scorecard is missing past the round's feedback due time.</param>
public sealed record BoardSeat(string InterviewerId, string DisplayName, PanelRole Role, SeatState State, bool Overdue);

/// <summary>One round on the board.</summary>
/// <param name="LoopId">Loop id.</param>
/// <param name="RoundId">Round id.</param>
/// <param name="CandidateName">Candidate.</param>
/// <param name="RoleTitle">Job title.</param>
/// <param name="Kind">Kind of interview.</param>
/// <param name="Clock">Scheduled and actual times.</param>
/// <param name="FeedbackDueAt">When feedback is due (end plus <see cref="BoardView.FeedbackDueAfterHours"/>), or <c>null</c> without times.</param>
/// <param name="Overdue">True when any seat is overdue.</param>
/// <param name="Panel">The panel, in order.</param>
public sealed record BoardRound(
    string LoopId, string RoundId, string CandidateName, string RoleTitle, RoundKind Kind, RoundClock Clock,
    DateTimeOffset? FeedbackDueAt, bool Overdue, IReadOnlyList<BoardSeat> Panel);

/// <summary><c>GET /api/board</c>: the rounds of a day or of a loop, who is scoring now, who submitted, what is overdue.</summary>
/// <param name="ServerNow">The server's clock when read (pages correct their clock's offset with it).</param>
/// <param name="FeedbackDueAfterHours">Hours after a round's end its feedback is due (setting <c>InterviewLoop:FeedbackDueAfter</c>).</param>
/// <param name="Rounds">Rounds by start time, unscheduled last.</param>
public sealed record BoardView(DateTimeOffset ServerNow, double FeedbackDueAfterHours, IReadOnlyList<BoardRound> Rounds)
{
    /// <summary>The stored calibration of each loop on the board that has one and that the reader may see (summary only).</summary>
    public IReadOnlyList<BoardCalibration> Calibrations { get; init; } = [];
}
