using System.Text.Json;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Persistence.Events;

namespace InterviewLoop.Persistence.ReadModels;

/// <summary>The JSON columns of <c>rounds</c>: the panel, and the id lists of drafting and submitted interviewers.</summary>
internal static class RoundJson
{
    public static string Panel(IReadOnlyList<PanelMember> members) => JsonSerializer.Serialize(members, EventSerializer.Options);

    public static IReadOnlyList<PanelMember> Panel(string json) =>
        JsonSerializer.Deserialize<PanelMember[]>(json, EventSerializer.Options) ?? [];

    public static string Ids(IEnumerable<string> ids) => JsonSerializer.Serialize(ids.ToArray(), EventSerializer.Options);

    public static List<string> Ids(string json) => JsonSerializer.Deserialize<List<string>>(json, EventSerializer.Options) ?? [];
}
