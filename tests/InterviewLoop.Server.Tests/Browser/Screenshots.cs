using InterviewLoop.Server.Tests.Support;
using Microsoft.Playwright;

namespace InterviewLoop.Server.Tests.Browser;

/// <summary>
/// Saves screenshots: with <c>INTERVIEWLOOP_SCREENSHOTS=docs</c> into docs/images (the README's pictures),
/// otherwise into the test's temp folder, so a normal run never touches the repository.
/// </summary>
internal static class Screenshots
{
    public static async Task SaveAsync(IPage page, TempDirectory temp, string name)
    {
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        var path = PathOf(temp, name);
        await page.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 0);
    }

    public static async Task SaveAsync(ILocator element, TempDirectory temp, string name)
    {
        var path = PathOf(temp, name);
        await element.ScreenshotAsync(new() { Path = path });
        Assert.True(new FileInfo(path).Length > 0);
    }

    private static string PathOf(TempDirectory temp, string name)
    {
        var toDocs = Environment.GetEnvironmentVariable("INTERVIEWLOOP_SCREENSHOTS") == "docs";
        var folder = toDocs ? Path.Combine(RepoFiles.Root, "docs", "images") : temp.Path;
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
