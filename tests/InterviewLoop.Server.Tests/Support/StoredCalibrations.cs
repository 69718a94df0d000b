using System.Net;
using System.Text.Json;

namespace InterviewLoop.Server.Tests.Support;

/// <summary>Reads stored calibration reports, waiting for the server's background worker where a test must.</summary>
public static class StoredCalibrations
{
    public static string Latest(string loopId) => $"/api/loops/{loopId}/calibration/latest";

    /// <summary>Polls the stored report of <paramref name="loopId"/> until it exists and satisfies <paramref name="done"/>.</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string loopId, Func<JsonElement, bool>? done = null)
    {
        JsonElement latest = default;
        await Polling.UntilAsync(() =>
        {
            var response = client.GetAsync(Latest(loopId)).GetAwaiter().GetResult();
            if (response.StatusCode != HttpStatusCode.OK) return false;
            latest = response.JsonAsync().GetAwaiter().GetResult();
            return done?.Invoke(latest) ?? true;
        }, timeoutSeconds: 60);
        return latest;
    }

    /// <summary>The report's ratings by <paramref name="interviewerId"/> as (raw, calibrated).</summary>
    public static (double Raw, double Calibrated)[] RatingsOf(JsonElement latest, string interviewerId) =>
        latest.GetProperty("report").GetProperty("ratings").EnumerateArray()
            .Where(r => r.GetProperty("interviewer").GetString() == interviewerId)
            .Select(r => (r.GetProperty("raw").GetDouble(), r.GetProperty("calibrated").GetDouble()))
            .ToArray();
}
