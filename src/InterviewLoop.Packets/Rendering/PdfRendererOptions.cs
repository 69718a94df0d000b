namespace InterviewLoop.Packets.Rendering;

/// <summary>How <see cref="PdfRenderer"/> finds and starts Chromium.</summary>
public sealed record PdfRendererOptions
{
    /// <summary>Environment variable that overrides the Chromium path.</summary>
    public const string ChromiumVariable = "INTERVIEWLOOP_CHROMIUM";

    /// <summary>Debian's Chromium, installed by <c>ops/test</c> and on every machine we run on.</summary>
    public const string DebianChromium = "/usr/bin/chromium";

    /// <summary>The Chromium executable to launch; never downloaded. Defaults to <c>/usr/bin/chromium</c>.</summary>
    public string ExecutablePath { get; init; } = DebianChromium;

    /// <summary>Longest wait for Chromium to start, in milliseconds (Playwright's launch timeout).</summary>
    public float LaunchTimeoutMilliseconds { get; init; } = 30_000;

    /// <summary>Options with <see cref="ExecutablePath"/> from <c>INTERVIEWLOOP_CHROMIUM</c>, else <c>/usr/bin/chromium</c>.</summary>
    public static PdfRendererOptions FromEnvironment() =>
        new() { ExecutablePath = Environment.GetEnvironmentVariable(ChromiumVariable) is { Length: > 0 } path ? path : DebianChromium };
}
