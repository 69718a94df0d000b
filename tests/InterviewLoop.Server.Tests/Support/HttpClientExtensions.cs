using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InterviewLoop.Server.Tests.Support;

public static class HttpClientExtensions
{
    public const string DemoPassword = "demo-pass";

    public static async Task SignInAsync(this HttpClient client, string username, string password = DemoPassword)
    {
        var response = await client.PostAsJsonAsync("/api/auth/login", new { username, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PatchJsonAsync(this HttpClient client, string path, object body) =>
        client.PatchAsync(path, JsonContent.Create(body));

    /// <summary>Sends one scorecard change with a fresh operation id.</summary>
    public static Task<HttpResponseMessage> ChangeAsync(this HttpClient client, string round, string field, string? dimension, object? value) =>
        client.PatchJsonAsync($"{round}/scorecards/me", new { operationId = Guid.NewGuid().ToString("N"), field, dimension, value });
}
