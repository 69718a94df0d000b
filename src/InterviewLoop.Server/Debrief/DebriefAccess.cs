using InterviewLoop.Packets;
using InterviewLoop.Server.Auth;

namespace InterviewLoop.Server.Debrief;

/// <summary>Who may read a debrief: the hiring committee and admins, and none of them while they still owe a scorecard in the loop.</summary>
internal static class DebriefAccess
{
    /// <summary>Policy of the debrief's API endpoints.</summary>
    public static readonly Action<Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder> Policy =
        p => p.RequireRole(Roles.Committee, Roles.Admin);

    public const string OwesMessage =
        "You are on a panel of this loop and have not submitted your scorecard: submit it before reading colleagues' scorecards.";

    public static bool MayRead(CurrentUser user) => user.Roles.Any(r => r is Roles.Committee or Roles.Admin);

    /// <summary>
    /// Independent scoring outranks every role: someone who sits on one of the loop's panels and has not
    /// submitted there reads nobody else's scorecard, committee member or not.
    /// </summary>
    public static bool OwesAScorecard(CurrentUser user, SealedPacket packet) =>
        packet.Model.Rounds.SelectMany(r => r.Scorecards).Any(c => c.InterviewerId == user.Id && !c.IsSubmitted);

    public static IResult ForbiddenPage(string? why = null) =>
        TypedResults.Content(
            $"""
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Not for your role</title></head>
            <body><h1>The debrief is for the hiring committee</h1><p>{System.Net.WebUtility.HtmlEncode(why ?? "Your role does not include reading debrief packets.")}</p>
            <p><a href="/">Back to your rounds</a></p></body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: StatusCodes.Status403Forbidden);
}
