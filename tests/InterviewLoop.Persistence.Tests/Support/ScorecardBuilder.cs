using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Persistence.Tests.Support;

/// <summary>Builds scorecards field by field; starts as an empty draft.</summary>
public sealed class ScorecardBuilder(string interviewerId, string interviewerName)
{
    private readonly Dictionary<string, int> _ratings = [];
    private readonly List<EvidenceNote> _notes = [];
    private readonly List<Claim> _claims = [];
    private Recommendation? _recommendation;
    private Level? _level;
    private string _summary = "";
    private DateTimeOffset? _submittedAt;

    public ScorecardBuilder Rate(string dimension, int rating)
    {
        _ratings[dimension] = rating;
        return this;
    }

    public ScorecardBuilder Note(string? dimension, string text)
    {
        _notes.Add(new EvidenceNote(dimension, text));
        return this;
    }

    public ScorecardBuilder Claim(ClaimTopic topic, string value, string? quote, string? subject = null)
    {
        _claims.Add(new Claim(topic, value, quote, subject));
        return this;
    }

    public ScorecardBuilder Recommend(Recommendation recommendation, int levelRank)
    {
        (_recommendation, _level) = (recommendation, Level.FromRank(levelRank));
        return this;
    }

    public ScorecardBuilder Summary(string summary)
    {
        _summary = summary;
        return this;
    }

    public ScorecardBuilder SubmittedAt(DateTimeOffset at)
    {
        _submittedAt = at;
        return this;
    }

    public Scorecard Build() => new(interviewerId, interviewerName, new Dictionary<string, int>(_ratings),
        _notes.ToArray(), _recommendation, _level, _summary, _claims.ToArray(), _submittedAt);
}
