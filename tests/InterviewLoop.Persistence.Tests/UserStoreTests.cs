using Dapper;
using InterviewLoop.Domain;
using InterviewLoop.Persistence.Tests.Support;
using InterviewLoop.Persistence.Users;

namespace InterviewLoop.Persistence.Tests;

public abstract class UserStoreTests : IDisposable
{
    private readonly TestDatabase _temp;
    private readonly UserStore _users;

    protected UserStoreTests(TestDatabase temp)
    {
        _temp = temp;
        _users = _temp.Open().Users;
    }

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }

    private static UserRecord Priya => new("u-17", "priya", "Priya N.", "AQAAAAIAAYagAAAAE-hash-of-priya", ["interviewer"]);

    [Fact]
    public async Task Upsert_ThenFindByUsernameAndById_GivesTheUserBack()
    {
        await _users.UpsertAsync(Priya);

        var byName = await _users.FindByUsernameAsync("priya");
        var byId = await _users.FindByIdAsync("u-17");

        Structural.AssertEqual(Priya, byName);
        Structural.AssertEqual(Priya, byId);
    }

    [Fact]
    public async Task FindByUsername_IgnoresCase()
    {
        await _users.UpsertAsync(Priya with { Username = "Priya" });

        var found = await _users.FindByUsernameAsync("PRIYA");

        Assert.Equal(("u-17", "priya"), (found!.Id, found.Username));
    }

    [Fact]
    public async Task Create_WhenTheIdOrUsernameIsTaken_RefusesNamingWhichAndKeepsTheUser()
    {
        await _users.CreateAsync(Priya);

        var sameId = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Priya with { Username = "other" }));
        var sameName = await Assert.ThrowsAsync<DomainException>(() => _users.CreateAsync(Priya with { Id = "u-18", Username = "PRIYA" }));

        Assert.Equal(("user.id_taken", "user.username_taken"), (sameId.Code, sameName.Code));
        Structural.AssertEqual(Priya, await _users.FindByIdAsync("u-17"));
        Assert.Null(await _users.FindByIdAsync("u-18"));
    }

    [Fact]
    public async Task Find_UnknownUser_IsNull()
    {
        Assert.Null(await _users.FindByUsernameAsync("nobody"));
        Assert.Null(await _users.FindByIdAsync("u-0"));
    }

    [Fact]
    public async Task Upsert_SameId_ReplacesTheFieldsAndKeepsTheCreationTime()
    {
        await _users.UpsertAsync(Priya);
        _temp.Clock.Advance(TimeSpan.FromDays(3));

        await _users.UpsertAsync(Priya with { DisplayName = "Priya Nair", PasswordHash = "new-hash", Roles = ["interviewer", "admin"] });

        var found = await _users.FindByIdAsync("u-17");
        Assert.Equal(("Priya Nair", "new-hash"), (found!.DisplayName, found.PasswordHash));
        Assert.Equal(["interviewer", "admin"], found.Roles);
        using var connection = _temp.Connect();
        var (created, updated) = connection.QuerySingle<(string, string)>("SELECT created_at, updated_at FROM users WHERE id = 'u-17';");
        Assert.Equal(("2026-03-02T09:00:00.0000000+00:00", "2026-03-05T09:00:00.0000000+00:00"), (created, updated));
    }

    [Fact]
    public async Task Upsert_UsernameOfAnotherUser_IsRejectedAndWritesNothing()
    {
        await _users.UpsertAsync(Priya);

        var error = await Assert.ThrowsAsync<DomainException>(() => _users.UpsertAsync(new UserRecord("u-40", "PRIYA", "Marcus O.", "hash", ["interviewer"])));

        Assert.Equal(("user.username_taken", "username"), (error.Code, error.Field));
        Assert.Null(await _users.FindByIdAsync("u-40"));
    }

    [Theory]
    [InlineData("bad id", "priya", "Priya N.", "hash", "interviewer", "user.id")]
    [InlineData("u-17", "", "Priya N.", "hash", "interviewer", "user.username")]
    [InlineData("u-17", "pri ya", "Priya N.", "hash", "interviewer", "user.username")]
    [InlineData("u-17", "priya", " ", "hash", "interviewer", "user.displayName")]
    [InlineData("u-17", "priya", "Priya N.", "", "interviewer", "user.passwordHash")]
    [InlineData("u-17", "priya", "Priya N.", "hash", "interviewer,admin", "user.roles[0]")]
    public async Task Upsert_InvalidField_IsRejectedNamingIt(string id, string username, string display, string hash, string role, string field)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _users.UpsertAsync(new UserRecord(id, username, display, hash, [role])));

        Assert.StartsWith($"{field}: ", error.Message);
        Assert.Empty(await _users.ListAsync());
    }

    [Fact]
    public async Task Upsert_Deactivated_KeepsTheUserFindableAsInactive_AndReactivatingRestoresIt()
    {
        await _users.CreateAsync(Priya);

        await _users.UpsertAsync(Priya with { Active = false });
        var deactivated = await _users.FindByUsernameAsync("priya");
        var listed = await _users.ListAsync();
        await _users.UpsertAsync(Priya with { Active = true });

        Structural.AssertEqual(Priya with { Active = false }, deactivated);
        Assert.Equal([false], listed.Select(u => u.Active));
        Assert.True((await _users.FindByIdAsync("u-17"))!.Active);
    }

    [Fact]
    public async Task Create_Deactivated_StoresItInactive()
    {
        await _users.CreateAsync(Priya with { Active = false });

        Assert.False((await _users.FindByIdAsync("u-17"))!.Active);
    }

    [Fact]
    public async Task List_ReturnsEveryUserByUsername()
    {
        await _users.UpsertAsync(new UserRecord("u-99", "admin", "Ada Admin", "hash", ["admin"]));
        await _users.UpsertAsync(Priya);

        var all = await _users.ListAsync();

        Assert.Equal(["admin", "priya"], all.Select(u => u.Username));
    }
}
