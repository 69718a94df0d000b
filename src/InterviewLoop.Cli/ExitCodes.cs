namespace InterviewLoop.Cli;

/// <summary>Process exit codes of <c>interviewloop</c>.</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>Something outside the input failed (Chromium, the database, an unexpected error); one line on standard error.</summary>
    public const int Failure = 1;

    /// <summary>Bad input or bad usage: one line on standard error naming what and where; nothing was written.</summary>
    public const int BadInput = 2;
}
