using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Interchange;

/// <summary>
/// Writes a <see cref="LoopSnapshot"/> as an indented loop document (<c>interviewloop.loop/v1</c>)
/// that <see cref="LoopDocumentReader.Read(string)"/> reads back to the same snapshot (position aside).
/// Every round is written with its panel and <c>durationMinutes</c> spelled out; absent optional
/// values (<c>startedAt</c>, <c>submittedAt</c>, recommendations, claim quotes) are left out.
/// </summary>
public static class LoopDocumentWriter
{
    /// <summary>The document text, camelCase names as in the contract, without a trailing newline.</summary>
    public static string Write(LoopSnapshot loop)
    {
        ArgumentNullException.ThrowIfNull(loop);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("schema", DocumentSchemas.Loop);
            w.WriteStartObject("loop");
            w.WriteString("id", loop.LoopId);
            w.WriteStartObject("candidate");
            w.WriteString("id", loop.Candidate.Id);
            w.WriteString("displayName", loop.Candidate.DisplayName);
            w.WriteEndObject();
            w.WriteStartObject("role");
            w.WriteString("title", loop.Role.Title);
            w.WriteString("track", loop.Role.Track.ToWire());
            w.WriteString("targetLevel", loop.Role.TargetLevel.ToString());
            w.WriteEndObject();
            w.WriteArray("rounds", loop.Rounds, WriteRound);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void WriteRound(Utf8JsonWriter w, RoundSnapshot round)
    {
        var plan = round.Plan;
        w.WriteStartObject();
        w.WriteString("id", plan.RoundId);
        w.WriteString("kind", plan.Kind.ToWire());
        w.WriteString("rubric", plan.RubricId);
        w.WriteOptional("startedAt", plan.StartedAt is { } at ? JsonOutput.Time(at) : null);
        w.WriteNumber("durationMinutes", plan.DurationMinutes);
        w.WriteArray("panel", plan.Panel.Members, WriteMember);
        w.WriteArray("scorecards", round.Scorecards, (sw, card) => ScorecardWriter.Write(sw, card, plan.RubricId));
        w.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter w, PanelMember member)
    {
        w.WriteStartObject();
        w.WriteString("id", member.InterviewerId);
        w.WriteString("displayName", member.DisplayName);
        w.WriteString("role", member.Role.ToWire());
        w.WriteEndObject();
    }
}
