using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>Builds scorecards; submitted unless <see cref="AsDraft"/> is called.</summary>
internal sealed class ScorecardBuilder(string interviewerId, string interviewerName)
{
    private readonly Dictionary<string, int> _ratings = [];
    private readonly List<EvidenceNote> _notes = [];
    private Recommendation? _recommendation = Recommendation.Yes;
    private string _summary = "Clear owner of the billing migration.";
    private DateTimeOffset? _submittedAt = new DateTimeOffset(2026, 11, 2, 16, 10, 0, TimeSpan.Zero);

    public ScorecardBuilder Rate(string dimension, int rating, string? note = null)
    {
        _ratings[dimension] = rating;
        if (note is not null) _notes.Add(new EvidenceNote(dimension, note));
        return this;
    }

    public ScorecardBuilder Note(string? dimension, string text)
    {
        _notes.Add(new EvidenceNote(dimension, text));
        return this;
    }

    public ScorecardBuilder Recommend(Recommendation recommendation)
    {
        _recommendation = recommendation;
        return this;
    }

    public ScorecardBuilder Summary(string summary)
    {
        _summary = summary;
        return this;
    }

    public ScorecardBuilder AsDraft()
    {
        _submittedAt = null;
        _recommendation = null;
        return this;
    }

    public Scorecard Build() =>
        new(interviewerId, interviewerName, _ratings, _notes, _recommendation,
            _submittedAt is null ? null : Level.Parse("L4", "test"), _summary, [], _submittedAt);
}
