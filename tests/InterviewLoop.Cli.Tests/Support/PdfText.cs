using System.Diagnostics;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>Reads one page of a PDF's text with poppler's pdftotext.</summary>
internal static class PdfText
{
    public static async Task<string> PageAsync(string pdfPath, int page)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-f", page.ToString(), "-l", page.ToString(), pdfPath, "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"pdftotext failed: {error}");
        return text;
    }
}
