using System.Diagnostics;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>Reads a PDF's text with poppler's pdftotext, as a person's PDF viewer would show it.</summary>
internal static class PdfText
{
    public static async Task<string> PageAsync(string pdfPath, int page) =>
        await RunAsync("-f", page.ToString(), "-l", page.ToString(), pdfPath, "-");

    public static async Task<string> AllAsync(string pdfPath) => await RunAsync(pdfPath, "-");

    private static async Task<string> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {error}");
        return text;
    }
}
