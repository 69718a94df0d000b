namespace InterviewLoop.Persistence.Users;

/// <summary>A sign-in account.</summary>
/// <param name="Id">User id, also the interviewer id on panels (e.g. <c>u-17</c>); 1..100 letters, digits, '-', '_', '.'.</param>
/// <param name="Username">Sign-in name; compared case-insensitively and stored lower-case.</param>
/// <param name="DisplayName">Name shown to colleagues (e.g. "Priya N.").</param>
/// <param name="PasswordHash">The ASP.NET Core <c>PasswordHasher</c> string; this store never sees a password.</param>
/// <param name="Roles">Role names (<c>interviewer</c>, <c>recruiter</c>, <c>committee</c>, <c>admin</c>); no commas.</param>
/// <param name="Active">False once deactivated: the user cannot sign in, but the record (and every loop that names the id) stays.</param>
public sealed record UserRecord(string Id, string Username, string DisplayName, string PasswordHash, IReadOnlyList<string> Roles, bool Active = true);
