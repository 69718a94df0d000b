namespace InterviewLoop.Domain.Rounds;

/// <summary>The round's agenda was replaced.</summary>
/// <param name="Items">Prompts in order (may be empty to clear the agenda).</param>
/// <param name="By">User id of the lead, recruiter or admin who set it.</param>
/// <param name="At">When (UTC).</param>
public sealed record AgendaSet(IReadOnlyList<AgendaItem> Items, string By, DateTimeOffset At) : IRoundEvent;

/// <summary>The round's clock was started: the server's time is the shared timer's zero.</summary>
/// <param name="By">User id of who started it.</param>
/// <param name="At">Server time of the start (UTC).</param>
public sealed record RoundStarted(string By, DateTimeOffset At) : IRoundEvent;

/// <summary>The round was ended before or after its time box ran out; feedback is due from here.</summary>
/// <param name="By">User id of who ended it.</param>
/// <param name="At">Server time of the end (UTC).</param>
public sealed record RoundEnded(string By, DateTimeOffset At) : IRoundEvent;

/// <summary>Training mode was turned on or off: when on, shadows see the lead's scorecard live.</summary>
/// <param name="Enabled">The new mode.</param>
/// <param name="By">User id of who changed it.</param>
/// <param name="At">When (UTC).</param>
public sealed record TrainingModeSet(bool Enabled, string By, DateTimeOffset At) : IRoundEvent;
