using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using InterviewLoop.Persistence;
using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Auth.Live;

namespace InterviewLoop.Server.Auth;

/// <summary>Cookie sign-in for local users; API and hub calls get 401/403, pages redirect to /login.</summary>
public static class AuthServices
{
    /// <summary>Adds cookie authentication, the role policies, password hashing, and the rechecks of sessions and live connections.</summary>
    public static IServiceCollection AddAuthServices(this IServiceCollection services, IConfiguration configuration)
    {
        // Cookie keys live beside the database so that a restarted server (or a second one on the
        // same file) accepts the cookies of the first: open scoring pages reconnect without a new sign-in.
        services.AddDataProtection().SetApplicationName("InterviewLoop").PersistKeysToFileSystem(KeyFolder(configuration));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.LoginPath = "/login";
            o.Cookie.Name = "interviewloop.auth";
            o.Cookie.HttpOnly = true;
            // Strict keeps other sites from riding the cookie into our JSON API.
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.Events.OnRedirectToLogin = c => StatusOrRedirect(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => StatusOrRedirect(c, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = UserRecheck.ValidateAsync;
        });
        services.AddAuthorization(Policies.Add);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = HashIterations(configuration, o.IterationCount));
        services.AddSingleton<IPasswordHasher<UserRecord>, PasswordHasher<UserRecord>>();
        services.AddSingleton<SignInService>();
        services.AddSingleton(_ => UserRecheckOptions.From(configuration));
        services.AddSingleton<LiveConnections>().AddSingleton<LiveUserCheck>().AddSingleton<HubUserRecheck>();
        services.AddHostedService<LiveConnectionSweeper>();
        return services;
    }

    /// <summary>Lowest PBKDF2 iteration count <c>Auth:PasswordHashIterations</c> accepts.</summary>
    public const int MinHashIterations = 1_000;

    // ASP.NET Core's default (100,000 rounds of HMAC-SHA512) unless Auth:PasswordHashIterations says
    // otherwise; test servers lower it, since each start hashes every demo user's password.
    private static int HashIterations(IConfiguration configuration, int fallback)
    {
        var iterations = configuration.GetValue("Auth:PasswordHashIterations", fallback);
        return iterations >= MinHashIterations
            ? iterations
            : throw new InvalidOperationException($"Auth:PasswordHashIterations: {iterations} is below {MinHashIterations}");
    }

    private static DirectoryInfo KeyFolder(IConfiguration configuration)
    {
        var database = Path.GetFullPath(configuration["Database:Path"] ?? new DatabaseOptions().Path);
        return new DirectoryInfo(Path.Combine(Path.GetDirectoryName(database)!, "keys"));
    }

    private static Task StatusOrRedirect(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachineCall(context.Request))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static bool IsMachineCall(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/hubs");
}
