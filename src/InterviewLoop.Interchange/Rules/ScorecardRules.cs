using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Interchange.Rules;

/// <summary>
/// One scorecard: rated and noted dimensions belong to the round's rubric (any id for an
/// organisation's own rubric), and a submitted scorecard has a recommendation and at least one
/// rating, as the round aggregate demands of a live submit.
/// </summary>
internal static class ScorecardRules
{
    public static void Check(JsonElement card, string path, RoundContext round)
    {
        foreach (var rating in card.GetProperty("ratings").EnumerateObject())
            CheckDimension(rating.Name, JsonPath.Property($"{path}.ratings", rating.Name), round);
        var index = 0;
        foreach (var note in card.Items("notes"))
        {
            if (note.OptionalText("dimension") is { } dimension)
                CheckDimension(dimension, $"{path}.notes[{index}].dimension", round);
            index++;
        }
        if (card.Has("submittedAt")) CheckSubmitted(card, path);
    }

    private static void CheckDimension(string dimension, string path, RoundContext round)
    {
        if (!Ids.IsValid(dimension))
            throw new LoopDocumentException(path, $"'{dimension}' is not a dimension id (1..{Ids.MaxLength} letters, digits, '-', '_', '.')");
        if (round.Rubric is not { } rubric || rubric.HasDimension(dimension)) return;
        var known = rubric.Dimensions.Select(d => d.Id).ToArray();
        var hint = NearMiss.Suggest(dimension, known) is { } meant
            ? $"did you mean '{meant}'?"
            : $"its dimensions are {string.Join(", ", known)}";
        throw new LoopDocumentException(path, $"'{dimension}' is not a dimension of rubric '{round.RubricId}'; {hint}");
    }

    private static void CheckSubmitted(JsonElement card, string path)
    {
        if (!card.Has("recommendation"))
            throw new LoopDocumentException($"{path}.recommendation", "is required once submittedAt is set");
        if (!card.GetProperty("ratings").EnumerateObject().Any())
            throw new LoopDocumentException($"{path}.ratings", "a submitted scorecard rates at least one dimension");
    }
}
