using System.Diagnostics;

namespace InterviewLoop.Cli.Tests.Support;

/// <summary>Reads a PDF with poppler's pdftotext and pdfinfo.</summary>
internal static class PdfText
{
    public static Task<string> PageAsync(string pdfPath, int page) =>
        RunAsync("pdftotext", "-f", page.ToString(), "-l", page.ToString(), pdfPath, "-");

    /// <summary>pdfinfo's report (page count, page size, ...).</summary>
    public static Task<string> InfoAsync(string pdfPath) => RunAsync("pdfinfo", pdfPath);

    private static async Task<string> RunAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var text = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {error}");
        return text;
    }
}
