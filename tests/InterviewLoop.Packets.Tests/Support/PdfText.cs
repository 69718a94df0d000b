using System.Diagnostics;
using System.Text.RegularExpressions;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>Reads a PDF as a person's viewer would, with poppler's pdftotext and pdfinfo.</summary>
internal static partial class PdfText
{
    public static Task<string> PageAsync(string pdfPath, int page) =>
        RunAsync("pdftotext", "-f", page.ToString(), "-l", page.ToString(), pdfPath, "-");

    public static Task<string> AllAsync(string pdfPath) => RunAsync("pdftotext", pdfPath, "-");

    public static async Task<int> PageCountAsync(string pdfPath) =>
        int.Parse(PagesLine().Match(await RunAsync("pdfinfo", pdfPath)).Groups[1].Value);

    /// <summary>pdfinfo's "Page size" line, e.g. "612 x 792 pts (letter)".</summary>
    public static async Task<string> PageSizeAsync(string pdfPath) =>
        SizeLine().Match(await RunAsync("pdfinfo", pdfPath)).Groups[1].Value.Trim();

    public static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {await error}");
        return await text;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"^Page size:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex SizeLine();
}
