using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using InterviewLoop.Domain;

namespace InterviewLoop.Server.Auth;

/// <summary>Body of <c>POST /api/auth/login</c>.</summary>
/// <param name="Username">Login name.</param>
/// <param name="Password">Password in clear text (send over HTTPS outside a laptop demo).</param>
public sealed record LoginRequest(string? Username, string? Password);

/// <summary>Endpoints: <c>POST /api/auth/login</c>, <c>POST /api/auth/logout</c>, <c>GET /api/me</c>.</summary>
public static class AuthApi
{
    /// <summary>Maps the sign-in endpoints.</summary>
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", LoginAsync).AllowAnonymous();
        app.MapPost("/api/auth/logout", (Delegate)LogoutAsync).AllowAnonymous();
        app.MapGet("/api/me", (HttpContext http) => CurrentUser.From(http.User)).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> LoginAsync(LoginRequest body, SignInService signIn, TimeProvider clock, HttpContext http)
    {
        if (string.IsNullOrWhiteSpace(body.Username)) throw new DomainException("login.username", "username: must not be empty", "username");
        if (string.IsNullOrEmpty(body.Password)) throw new DomainException("login.password", "password: must not be empty", "password");
        var user = await signIn.CheckAsync(body.Username.Trim(), body.Password, http.RequestAborted);
        if (user is null)
            return TypedResults.Problem("The username or password is wrong.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        var scheme = CookieAuthenticationDefaults.AuthenticationScheme;
        await http.SignInAsync(scheme, SessionClaims.For(user, clock.GetUtcNow(), scheme));
        return TypedResults.Ok(SessionClaims.Current(user));
    }

    private static async Task<IResult> LogoutAsync(HttpContext http)
    {
        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return TypedResults.NoContent();
    }
}
