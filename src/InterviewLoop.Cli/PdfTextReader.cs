using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace InterviewLoop.Cli;

/// <summary>Reads a PDF's text with poppler's <c>pdftotext</c> (poppler-utils; installed by ops/install-deps).</summary>
internal static class PdfTextReader
{
    /// <summary>
    /// The text of pages <paramref name="first"/>..<paramref name="last"/> (all pages when <c>null</c>).
    /// Throws <see cref="BadInputException"/> when the file is not a readable PDF, and
    /// <see cref="InvalidOperationException"/> when pdftotext is not installed.
    /// </summary>
    public static async Task<string> ReadAsync(string pdfPath, int? first, int? last, CancellationToken ct)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] pages = [.. Page("-f", first), .. Page("-l", last)];
        foreach (var arg in pages.Append(pdfPath).Append("-")) start.ArgumentList.Add(arg);
        using var process = StartOrExplain(start);
        var text = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
            throw new BadInputException($"{pdfPath}: not a readable PDF ({ErrorLine.OneLine(await error)})");
        return await text;
    }

    private static string[] Page(string flag, int? page) =>
        page is { } p ? [flag, p.ToString(CultureInfo.InvariantCulture)] : [];

    private static Process StartOrExplain(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException("pdftotext is not installed (Debian package poppler-utils; ops/install-deps installs it)", e);
        }
    }
}
