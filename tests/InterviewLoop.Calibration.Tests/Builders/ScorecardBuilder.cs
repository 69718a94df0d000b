using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Tests.Builders;

/// <summary>A submitted scorecard with recommendation <c>yes</c> unless told otherwise.</summary>
internal sealed class ScorecardBuilder(string interviewer)
{
    public static readonly string[] SeniorDimensions =
        ["scope", "autonomy", "judgment", "production_ownership", "impact", "influence", "reflection"];

    private readonly Dictionary<string, int> _ratings = new(StringComparer.Ordinal);
    private readonly List<EvidenceNote> _notes = [];
    private readonly List<Claim> _claims = [];
    private Recommendation? _recommendation = Recommendation.Yes;
    private Level? _level;
    private string _summary = "";
    private bool _submitted = true;

    public ScorecardBuilder Rate(string dimension, int value)
    {
        _ratings[dimension] = value;
        return this;
    }

    /// <summary>Rates the senior-evidence dimensions in order with <paramref name="values"/>.</summary>
    public ScorecardBuilder RateAll(params int[] values)
    {
        for (var i = 0; i < values.Length; i++) _ratings[SeniorDimensions[i]] = values[i];
        return this;
    }

    public ScorecardBuilder Note(string? dimension, string text)
    {
        _notes.Add(new EvidenceNote(dimension, text));
        return this;
    }

    public ScorecardBuilder Claim(ClaimTopic topic, string value, string? quote = null, string? subject = null)
    {
        _claims.Add(new Claim(topic, value, quote, subject));
        return this;
    }

    public ScorecardBuilder Recommend(Recommendation? recommendation)
    {
        _recommendation = recommendation;
        return this;
    }

    public ScorecardBuilder Level(int rank)
    {
        _level = Domain.Levels.Level.FromRank(rank);
        return this;
    }

    public ScorecardBuilder Summary(string summary)
    {
        _summary = summary;
        return this;
    }

    public ScorecardBuilder Draft()
    {
        _submitted = false;
        return this;
    }

    public Scorecard Build() =>
        new(interviewer, $"Interviewer {interviewer}", _ratings, _notes, _recommendation, _level, _summary, _claims,
            _submitted ? new DateTimeOffset(2026, 11, 2, 16, 0, 0, TimeSpan.Zero) : null);
}
