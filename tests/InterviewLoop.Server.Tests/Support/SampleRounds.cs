namespace InterviewLoop.Server.Tests.Support;

/// <summary>API paths of the sample loop's rounds.</summary>
public static class SampleRounds
{
    public const string R3 = "/api/loops/loop-2026-0142/rounds/r3";
    public const string R4 = "/api/loops/loop-2026-0142/rounds/r4";
}
