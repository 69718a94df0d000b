using InterviewLoop.Domain;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli;

/// <summary>Turns whatever stopped a command into an exit code and the one line printed on standard error.</summary>
internal static class ErrorLine
{
    public static (int ExitCode, string Line) For(Exception error) => error switch
    {
        // Loop-document errors are domain errors whose message is already "path: problem".
        BadInputException or DomainException => (ExitCodes.BadInput, OneLine(error.Message)),
        PacketRenderException or DatabaseUnavailableException => (ExitCodes.Failure, OneLine(error.Message)),
        OperationCanceledException => (ExitCodes.Failure, "interviewloop: cancelled"),
        _ => (ExitCodes.Failure, OneLine($"interviewloop: {error.GetType().Name}: {error.Message}")),
    };

    /// <summary>Joins a multi-line message into the one line standard error gets.</summary>
    public static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
