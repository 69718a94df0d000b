using System.Globalization;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Domain.Rounds;

/// <summary>Validates a <see cref="ScorecardChange"/> against a rubric and applies it to a draft.</summary>
public static class ScorecardEdits
{
    /// <summary>Longest note or summary accepted, in characters.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Throws <see cref="DomainException"/> naming the field when <paramref name="change"/> is not valid for <paramref name="rubricId"/>.</summary>
    public static void Validate(ScorecardChange change, string rubricId)
    {
        if (string.IsNullOrWhiteSpace(change.OperationId) || change.OperationId.Length > Ids.MaxLength)
            throw new DomainException("change.operation_id", "operationId: must be 1..100 characters", "operationId");
        switch (change.Field)
        {
            case ScorecardField.Rating: RequireDimension(change, rubricId, required: true); ParseRating(change); break;
            case ScorecardField.Note: RequireDimension(change, rubricId, required: false); RequireText(change.Value, $"notes.{change.Dimension}"); break;
            case ScorecardField.Recommendation: ParseRecommendation(change.Value); break;
            case ScorecardField.LevelRecommendation: ParseLevel(change.Value); break;
            case ScorecardField.Summary: RequireText(change.Value, "summary"); break;
            default: throw new DomainException("change.field", $"field: '{change.Field}' is not a scorecard field", "field");
        }
    }

    /// <summary>Returns the draft with <paramref name="change"/> applied; the change must be valid.</summary>
    public static Scorecard Apply(Scorecard draft, ScorecardChange change) => change.Field switch
    {
        ScorecardField.Rating => draft with { Ratings = WithRating(draft.Ratings, change.Dimension!, ParseRating(change)) },
        ScorecardField.Note => draft with { Notes = WithNote(draft.Notes, change.Dimension, change.Value) },
        ScorecardField.Recommendation => draft with { Recommendation = ParseRecommendation(change.Value) },
        ScorecardField.LevelRecommendation => draft with { LevelRecommendation = ParseLevel(change.Value) },
        ScorecardField.Summary => draft with { Summary = change.Value ?? "" },
        _ => draft,
    };

    private static void RequireDimension(ScorecardChange change, string rubricId, bool required)
    {
        if (change.Dimension is null && !required) return;
        var known = RubricCatalog.TryGet(rubricId, out var rubric);
        if (change.Dimension is null || (known && !rubric.HasDimension(change.Dimension)) || !Ids.IsValid(change.Dimension))
            throw new DomainException("change.dimension", $"dimension: '{change.Dimension}' is not a dimension of rubric '{rubricId}'", "dimension");
    }

    private static int? ParseRating(ScorecardChange change)
    {
        if (change.Value is null) return null;
        var parsed = int.TryParse(change.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        // This runs twice on every live rating edit: a good rating returns before the field's name is built.
        if (parsed && Rating.IsValid(value)) return value;
        var field = $"ratings.{change.Dimension}";
        if (!parsed) throw new DomainException("rating.not_integer", $"{field}: '{change.Value}' is not an integer 1..5", field);
        return Rating.Require(value, field);
    }

    private static Recommendation? ParseRecommendation(string? value) =>
        value is null ? null
        : WireNames.TryParse<Recommendation>(value, out var r) ? r
        : throw new DomainException("recommendation.invalid",
            $"recommendation: '{value}' is not one of {string.Join(", ", WireNames.All<Recommendation>())}", "recommendation");

    private static Level? ParseLevel(string? value) => value is null ? null : Level.Parse(value, "levelRecommendation");

    private static void RequireText(string? value, string field)
    {
        if (value is { Length: > MaxTextLength })
            throw new DomainException("text.too_long", $"{field}: {value.Length} characters is over {MaxTextLength}", field);
    }

    private static Dictionary<string, int> WithRating(IReadOnlyDictionary<string, int> ratings, string dimension, int? value)
    {
        var copy = new Dictionary<string, int>(ratings);
        if (value is null) copy.Remove(dimension);
        else copy[dimension] = value.Value;
        return copy;
    }

    // Live editing keeps one note per dimension: a change replaces that dimension's notes.
    private static List<EvidenceNote> WithNote(IReadOnlyList<EvidenceNote> notes, string? dimension, string? text)
    {
        var copy = notes.Where(n => n.Dimension != dimension).ToList();
        if (!string.IsNullOrWhiteSpace(text)) copy.Add(new EvidenceNote(dimension, text));
        return copy;
    }
}
