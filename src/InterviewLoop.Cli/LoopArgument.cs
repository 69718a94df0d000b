using System.CommandLine;

namespace InterviewLoop.Cli;

/// <summary>The <c>LOOP.json</c> argument every command takes.</summary>
internal static class LoopArgument
{
    public static Argument<string> Create() =>
        new("LOOP.json") { Description = "A loop document (interviewloop.loop/v1), e.g. samples/loop-daniel-r.json." };
}
