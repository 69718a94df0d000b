namespace InterviewLoop.Domain.Loops;

/// <summary>The person being interviewed.</summary>
/// <param name="Id">Candidate id from the source system (e.g. <c>cand-88</c>).</param>
/// <param name="DisplayName">Name as shown to interviewers and the committee.</param>
public sealed record Candidate(string Id, string DisplayName);
