using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Problems;
using Microsoft.AspNetCore.Identity;

namespace InterviewLoop.Server.Users;

/// <summary>
/// User administration (admins only): <c>GET /api/users</c> lists them; <c>POST /api/users</c> creates one
/// (201; 400 naming the field; 409 <c>user.id_taken</c> or <c>user.username_taken</c>); <c>PATCH /api/users/{id}</c>
/// changes the display name, roles or password, or deactivates or reactivates the user (200; 400 naming the field;
/// 404 for an unknown id; 409 <c>user.last_admin</c> when it would leave no active admin). Users are never deleted:
/// loops, scorecards and the rater history keep their ids. Passwords are hashed with ASP.NET Core's
/// <c>PasswordHasher</c>. Within <c>Auth:RecheckUserAfter</c>, a changed role reaches the user's open sessions and a
/// reset password or a deactivation ends them (<see cref="UserRecheck"/>); live hub connections follow the same rule
/// (<see cref="Auth.Live.HubUserRecheck"/>).
/// </summary>
public static class UsersApi
{
    /// <summary>Maps the users endpoints.</summary>
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(Policies.Administration);
        users.MapGet("", async (UserStore store, HttpContext http) => (await store.ListAsync(http.RequestAborted)).Select(View).ToArray());
        users.MapPost("", CreateAsync);
        users.MapPatch("/{id}", ChangeAsync);
        return app;
    }

    private static async Task<IResult> CreateAsync(NewUserRequest body, UserStore store, IPasswordHasher<UserRecord> hasher, HttpContext http)
    {
        var username = UserRules.Require(body.Username, "username");
        var user = new UserRecord(body.Id ?? $"u-{username.ToLowerInvariant()}", username,
            UserRules.Require(body.DisplayName, "displayName"), "", UserRules.RequireRoles(body.Roles));
        var password = UserRules.RequirePassword(body.Password);
        user = user with { PasswordHash = hasher.HashPassword(user, password) };
        await Stored(() => store.CreateAsync(user, http.RequestAborted));
        var created = await store.FindByIdAsync(user.Id, http.RequestAborted);
        return TypedResults.Created($"/api/users/{user.Id}", View(created!));
    }

    private static async Task<UserView> ChangeAsync(string id, UserChangeRequest body, UserStore store, IPasswordHasher<UserRecord> hasher, HttpContext http)
    {
        var ct = http.RequestAborted;
        var user = await store.FindByIdAsync(id, ct) ?? throw new NotFoundException("user", id);
        if (body.DisplayName is not null) user = user with { DisplayName = UserRules.Require(body.DisplayName, "displayName") };
        if (body.Roles is not null) user = user with { Roles = UserRules.RequireRoles(body.Roles) };
        if (body.Password is not null) user = user with { PasswordHash = hasher.HashPassword(user, UserRules.RequirePassword(body.Password)) };
        if (body.Active is { ValueKind: not JsonValueKind.Null } active) user = user with { Active = UserRules.RequireActive(active) };
        await KeepAnAdminAsync(store, user, ct);
        await Stored(() => store.UpsertAsync(user, ct));
        return View(user);
    }

    // Without an active admin nobody could manage users again short of editing the database.
    private static async Task KeepAnAdminAsync(UserStore store, UserRecord changed, CancellationToken ct)
    {
        if (UserRules.IsActiveAdmin(changed)) return;
        if ((await store.ListAsync(ct)).Any(u => u.Id != changed.Id && UserRules.IsActiveAdmin(u))) return;
        var field = changed.Active ? "roles" : "active";
        throw new DomainException("user.last_admin", $"{field}: '{changed.Id}' is the last active admin; make someone else admin first", field);
    }

    // The store names the field of an invalid record in an ArgumentException; the API answers it as a 400.
    private static async Task Stored(Func<Task> write)
    {
        try
        {
            await write();
        }
        catch (ArgumentException e) when (e.ParamName is { } field)
        {
            throw new DomainException("user.invalid", e.Message, field.Replace("user.", "", StringComparison.Ordinal));
        }
    }

    private static UserView View(UserRecord user) => new(user.Id, user.Username, user.DisplayName, user.Roles, user.Active);
}
