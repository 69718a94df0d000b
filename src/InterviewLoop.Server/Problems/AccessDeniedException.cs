namespace InterviewLoop.Server.Problems;

/// <summary>The signed-in user's roles do not allow this action. Maps to HTTP 403.</summary>
/// <param name="message">What was refused, in words a user can read.</param>
public sealed class AccessDeniedException(string message) : Exception(message);
