using System.Globalization;
using System.Text.Json;
using InterviewLoop.Persistence;
using InterviewLoop.Persistence.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace InterviewLoop.Bench.Live;

/// <summary>
/// <c>seed-users --db PATH --interviewers N --password P</c>: creates <c>bench-admin</c> (admin) and
/// interviewers <c>bench-0001</c>.. (ids <c>bu-0001</c>..) through the Persistence user store, before the
/// server starts. All share one hash made with 1,000 PBKDF2 iterations instead of the default 100,000:
/// the server verifies with the count stored in the hash, so 1,000 sign-ins take seconds, not a minute of
/// the two cores. Sign-in is not what the benchmark measures.
/// </summary>
internal static class BenchUsers
{
    public const string Admin = "bench-admin";

    public static async Task<string> SeedAsync(BenchArgs args)
    {
        var count = args.Number("interviewers", 1000, 1, 9999);
        using var database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = args.Text("db") });
        var hash = CheapHash(args.Text("password"));
        await database.Users.UpsertAsync(new UserRecord("bu-admin", Admin, "Bench Admin", hash, ["admin"]));
        for (var i = 1; i <= count; i++)
        {
            var n = Number(i);
            await database.Users.UpsertAsync(new UserRecord($"bu-{n}", $"bench-{n}", $"Bench {n}", hash, ["interviewer"]));
        }
        return JsonSerializer.Serialize(new { admin = Admin, interviewers = count });
    }

    /// <summary>The 4-digit number used in bench user names and ids (<c>0001</c>..).</summary>
    public static string Number(int i) => i.ToString("D4", CultureInfo.InvariantCulture);

    private static string CheapHash(string password)
    {
        var hasher = new PasswordHasher<UserRecord>(Options.Create(new PasswordHasherOptions { IterationCount = 1000 }));
        return hasher.HashPassword(new UserRecord("bu-admin", Admin, "Bench Admin", "-", []), password);
    }
}
