using InterviewLoop.Persistence;
using InterviewLoop.Persistence.Users;
using InterviewLoop.Server.Auth;
using InterviewLoop.Server.Tests.Support;
using Microsoft.AspNetCore.Identity;
using NSubstitute;

namespace InterviewLoop.Server.Tests.Unit;

/// <summary>Sign-in does the same hashing work whether or not the username exists (so timing does not tell).</summary>
public sealed class SignInServiceTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly InterviewLoopDatabase _database;
    private readonly IPasswordHasher<UserRecord> _hasher = Substitute.For<IPasswordHasher<UserRecord>>();

    public SignInServiceTests()
    {
        _database = InterviewLoopDatabase.Open(new DatabaseOptions { Path = _temp.File("users.db") });
        _hasher.HashPassword(Arg.Any<UserRecord>(), Arg.Any<string>()).Returns("stand-in-hash");
        _hasher.VerifyHashedPassword(Arg.Any<UserRecord>(), Arg.Any<string>(), Arg.Any<string>()).Returns(PasswordVerificationResult.Failed);
    }

    [Fact]
    public async Task CheckAsync_ForAnUnknownUsername_VerifiesAPasswordAsForAKnownOne()
    {
        await _database.Users.UpsertAsync(new UserRecord("u-1", "known", "Known", "real-hash", ["interviewer"]), default);
        var signIn = new SignInService(_database.Users, _hasher);

        var known = await signIn.CheckAsync("known", "guess-one", default);
        var unknown = await signIn.CheckAsync("nobody", "guess-two", default);

        Assert.Null(known);
        Assert.Null(unknown);
        _hasher.Received(1).VerifyHashedPassword(Arg.Is<UserRecord>(u => u.Id == "u-1"), "real-hash", "guess-one");
        _hasher.Received(1).VerifyHashedPassword(Arg.Any<UserRecord>(), "stand-in-hash", "guess-two");
    }

    public void Dispose()
    {
        _database.Dispose();
        _temp.Dispose();
    }
}
