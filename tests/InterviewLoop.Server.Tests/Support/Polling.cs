namespace InterviewLoop.Server.Tests.Support;

/// <summary>Waits for a condition with a timeout; for I/O the test cannot drive by a clock.</summary>
public static class Polling
{
    public static async Task UntilAsync(Func<bool> condition, int timeoutSeconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The condition did not hold within {timeoutSeconds} s.");
            await Task.Delay(20);
        }
    }
}
