using System.Text.Json;
using InterviewLoop.Server.Tests.Support;

namespace InterviewLoop.Server.Tests.Calibration;

/// <summary>
/// The server fits the rater model over every loop in its database: a rater who scores the same evidence
/// lower across loops gets calibrated ratings above their raw ones, raw kept beside them.
/// </summary>
public sealed class RaterHistoryTests : ServerTest
{
    private async Task<JsonElement> ImportCompleteAsync(HttpClient admin, int n)
    {
        var loopId = $"loop-harsh-{n}";
        var response = await admin.PostAsync("/api/loops/import", new StringContent(CompleteLoops.WithHarshMarcus(loopId, n, 3 + (n % 2))));
        response.EnsureSuccessStatusCode();
        // Computed by the worker after a refit that includes the loop itself.
        return await StoredCalibrations.WaitForAsync(admin, loopId,
            l => l.GetProperty("historyPosition").GetInt64() >= l.GetProperty("loopPosition").GetInt64());
    }

    [Fact]
    public async Task HarshRaterAcrossLoops_GetsCalibratedRatingsAboveRaw_AndIsFlagged()
    {
        var admin = await SignedInAsync("admin");
        JsonElement latest = default;
        for (var n = 1; n <= 6; n++) latest = await ImportCompleteAsync(admin, n);

        var marcus = StoredCalibrations.RatingsOf(latest, "u-40");
        var priya = StoredCalibrations.RatingsOf(latest, "u-17");

        Assert.All(marcus, r => Assert.True(r.Calibrated > r.Raw + 0.5, $"raw {r.Raw}, calibrated {r.Calibrated}"));
        Assert.All(priya, r => Assert.True(Math.Abs(r.Calibrated - r.Raw) < 1, $"raw {r.Raw}, calibrated {r.Calibrated}"));
        Assert.True(latest.GetProperty("summary").GetProperty("adjusted").GetInt32() >= marcus.Length);
        Assert.Contains(latest.GetProperty("report").GetProperty("flags").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "raters.severity" && f.GetProperty("interviewers")[0].GetString() == "u-40");
    }

    [Fact]
    public async Task NewCompleteLoop_RefitsTheHistory_AndTheLiveReportUsesIt()
    {
        var admin = await SignedInAsync("admin");
        var first = await ImportCompleteAsync(admin, 1);
        var second = await ImportCompleteAsync(admin, 2);

        var live = await (await SignedInAsync("casey")).GetJsonAsync("/api/loops/loop-harsh-2/calibration");

        Assert.True(second.GetProperty("historyPosition").GetInt64() > first.GetProperty("historyPosition").GetInt64());
        Assert.Equal(JsonSerializer.Serialize(second.GetProperty("report").GetProperty("ratings")), JsonSerializer.Serialize(live.GetProperty("ratings")));
        Assert.Contains(live.GetProperty("ratings").EnumerateArray(), r => r.GetProperty("calibrated").GetDouble() != r.GetProperty("raw").GetDouble());
    }

    [Fact]
    public async Task DebriefPacket_IsSealedWithTheRaterHistoryPosition()
    {
        var admin = await SignedInAsync("admin");
        var stored = await ImportCompleteAsync(admin, 1);

        var html = await (await SignedInAsync("casey")).GetStringAsync("/debrief/loop-harsh-1");

        Assert.Contains($"raters={stored.GetProperty("currentHistoryPosition").GetInt64()};", html);
        Assert.Contains("Calibrated with the rater history fitted over every loop up to position", html);
    }

    [Fact]
    public async Task Debrief_ForAPanelistWhoStillOwes_CalibratesTheirOwnRatingsWithoutTheHistory()
    {
        var admin = await SignedInAsync("admin");
        for (var n = 1; n <= 3; n++) await ImportCompleteAsync(admin, n);
        var owing = System.Text.Json.Nodes.JsonNode.Parse(CompleteLoops.WithHarshMarcus("loop-owing", 9, 4))!;
        owing["loop"]!["rounds"]!.AsArray().Add(System.Text.Json.Nodes.JsonNode.Parse("""
            { "id": "r2", "kind": "system_design", "rubric": "senior-evidence/v1",
              "panel": [ { "id": "u-40", "displayName": "Marcus O.", "role": "lead" } ] }
            """));
        (await admin.PostAsync("/api/loops/import", new StringContent(owing.ToJsonString()))).EnsureSuccessStatusCode();

        var forMarcus = await (await SignedInAsync("marcus")).GetJsonAsync("/api/loops/loop-owing/debrief");
        var forCommittee = await (await SignedInAsync("casey")).GetJsonAsync("/api/loops/loop-owing/debrief");

        var own = RatingsIn(forMarcus, "u-40");
        Assert.Equal(7, own.Length);
        Assert.All(own, r => Assert.Equal(r.Raw, r.Calibrated));
        Assert.Contains(RatingsIn(forCommittee, "u-40"), r => r.Calibrated != r.Raw);
    }

    private static (double Raw, double Calibrated)[] RatingsIn(JsonElement debrief, string interviewerId) =>
        debrief.GetProperty("calibration").GetProperty("ratings").EnumerateArray()
            .Where(r => r.GetProperty("interviewer").GetString() == interviewerId)
            .Select(r => (r.GetProperty("raw").GetDouble(), r.GetProperty("calibrated").GetDouble()))
            .ToArray();
}
