using System.Diagnostics;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>Reads the first page of PDF bytes with poppler's pdftotext, as a committee member's viewer would show it.</summary>
public static class PdfFiles
{
    public static async Task<string> FirstPageTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"interviewloop-server-test-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "-f", "1", "-l", "1", path, "-" }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var text = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {await error}");
            return await text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
