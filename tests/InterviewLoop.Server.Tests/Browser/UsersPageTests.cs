using System.Net.Http.Json;
using System.Text.RegularExpressions;
using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>The admins' users page (wwwroot/users.html) over the real users API.</summary>
public sealed class UsersPageTests(BrowserFixture browser) : BrowserTest(browser)
{
    private const string NewPassword = "a-long-enough-one";

    [Fact]
    public async Task AnAdmin_AddsAUser_WhoCanThenSignInWithTheirRoles()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), withSampleLoop: false);
        var page = (await NewSignedInPageAsync(server, "admin", "/users")).Page;

        await FillNewUserAsync(page, "sam", "Sam P.", "u-55", NewPassword);
        await page.GetByLabel("Recruiter").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        var card = page.Locator("[data-user='u-55']");
        await Expect(card.Locator(".roles")).ToHaveTextAsync("Interviewer, Recruiter");
        await Expect(card.Locator(".saved-note")).ToContainTextAsync("Added");
        var sam = server.NewClient();
        await sam.SignInAsync("sam", NewPassword);
        var me = await sam.GetJsonAsync("/api/me");
        Assert.Equal(["interviewer", "recruiter"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).Order());
    }

    [Fact]
    public async Task AShortPassword_IsNamedBesideItsField_AndNobodyIsAdded()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), withSampleLoop: false);
        var page = (await NewSignedInPageAsync(server, "admin", "/users")).Page;

        await FillNewUserAsync(page, "sam", "Sam P.", "", "short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();

        await Expect(page.Locator("#new-password-error")).ToHaveTextAsync("needs at least 12 characters");
        await Expect(page.Locator("#new-password")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#new-username")).ToHaveValueAsync("sam");
        Assert.DoesNotContain("sam", await UsernamesAsync(server));
    }

    [Fact]
    public async Task ChangedRoles_ShowOnTheCard_ButTheLastAdminKeepsTheRole()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), withSampleLoop: false);
        var page = (await NewSignedInPageAsync(server, "admin", "/users")).Page;

        var priya = page.Locator("[data-user='u-17']");
        await priya.GetByText("Change Priya N.").ClickAsync();
        await priya.GetByLabel("Hiring committee").CheckAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("[data-user='u-17'] .roles")).ToHaveTextAsync("Interviewer, Hiring committee");

        var ada = page.Locator("[data-user='u-99']");
        await ada.GetByText("Change Ada Admin").ClickAsync();
        await ada.GetByLabel("Admin").CheckAsync();
        await ada.GetByLabel("Admin").UncheckAsync();
        await ada.GetByLabel("Recruiter").CheckAsync();
        await ada.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();

        await Expect(ada.Locator("[data-error-for=roles]")).ToContainTextAsync("is the last active admin");
        await Expect(ada.Locator(".roles")).ToHaveTextAsync("Admin");
        var admin = await SignedInApiAsync(server, "admin");
        var stored = (await admin.GetJsonAsync("/api/users")).EnumerateArray().Single(u => u.GetProperty("id").GetString() == "u-99");
        Assert.Equal("[\"admin\"]", stored.GetProperty("roles").GetRawText());
    }

    [Fact]
    public async Task ADeactivatedUser_CannotSignIn_UntilReactivated_AndTheLastAdminCannotBeDeactivated()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), withSampleLoop: false);
        var page = (await NewSignedInPageAsync(server, "admin", "/users")).Page;

        var priya = page.Locator("[data-user='u-17']");
        await priya.GetByText("Change Priya N.").ClickAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Deactivate Priya N." }).ClickAsync();
        await Expect(page.Locator("[data-user='u-17'] .kicker")).ToHaveTextAsync("Deactivated: cannot sign in");
        Assert.Equal(401, await SignInStatusAsync(server, "priya"));

        await page.Locator("[data-user='u-17'] summary").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reactivate Priya N." }).ClickAsync();
        await Expect(page.Locator("[data-user='u-17'] .kicker")).ToHaveCountAsync(0);
        Assert.Equal(200, await SignInStatusAsync(server, "priya"));

        var ada = page.Locator("[data-user='u-99']");
        await ada.GetByText("Change Ada Admin").ClickAsync();
        await ada.GetByRole(AriaRole.Button, new() { Name = "Deactivate Ada Admin" }).ClickAsync();
        await Expect(ada.Locator(".active-toggle .error")).ToContainTextAsync("last");
        Assert.Equal(200, await SignInStatusAsync(server, "admin"));
    }

    [Fact]
    public async Task SomeoneWhoIsNotAnAdmin_IsToldWhoManagesUsers_AndHasNoLinkToThePage()
    {
        await using var server = await RunningServer.StartAsync(Temp.File("interviewloop.db"), withSampleLoop: false);
        var riley = (await NewSignedInPageAsync(server, "riley", "/")).Page;
        await Expect(riley.Locator("#board-link")).ToBeVisibleAsync();
        await Expect(riley.Locator("#users-link")).ToBeHiddenAsync();

        await riley.GotoAsync("/users");

        await Expect(riley.Locator("#users-error")).ToHaveTextAsync(new Regex("^Only admins manage users"));
        await Expect(riley.Locator("#users-admin")).ToBeHiddenAsync();
        var admin = (await NewSignedInPageAsync(server, "admin", "/")).Page;
        await admin.Locator("#users-link").ClickAsync();
        await Expect(admin.Locator("[data-user='u-17']")).ToBeVisibleAsync();
    }

    private static async Task FillNewUserAsync(IPage page, string username, string displayName, string id, string password)
    {
        await page.GetByText("Add a user").ClickAsync();
        await page.Locator("#new-username").FillAsync(username);
        await page.Locator("#new-displayName").FillAsync(displayName);
        await page.Locator("#new-id").FillAsync(id);
        await page.Locator("#new-password").FillAsync(password);
    }

    private static async Task<int> SignInStatusAsync(RunningServer server, string username)
    {
        var response = await server.NewClient().PostAsJsonAsync("/api/auth/login", new { username, password = HttpClientExtensions.DemoPassword });
        return (int)response.StatusCode;
    }

    private static async Task<List<string>> UsernamesAsync(RunningServer server)
    {
        var admin = server.NewClient();
        await admin.SignInAsync("admin");
        var users = await admin.GetJsonAsync("/api/users");
        return users.EnumerateArray().Select(u => u.GetProperty("username").GetString()!).ToList();
    }
}
