using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewLoop.Calibration.Tests.Labeled;

/// <summary>A flag the labeled document should raise; unset attributes match anything.</summary>
internal sealed record ExpectedFlag(string Kind, IReadOnlyList<string>? Rounds, string? Dimension, IReadOnlyList<string>? Interviewers)
{
    public bool Matches(Flag flag) =>
        flag.Kind == Kind
        && (Rounds is null || flag.Rounds.Order(StringComparer.Ordinal).SequenceEqual(Rounds.Order(StringComparer.Ordinal)))
        && (Dimension is null || flag.Dimension == Dimension)
        && (Interviewers is null || flag.Interviewers.Order(StringComparer.Ordinal).SequenceEqual(Interviewers.Order(StringComparer.Ordinal)));
}

/// <summary>Something in the document that looks like a flag of <paramref name="Kind"/> but is not one.</summary>
internal sealed record HardNegative(string Kind, string Why);

/// <summary>
/// One labeled loop document: every flag it should raise, and the hard negatives it tests.
/// <paramref name="Set"/> is <c>held-out</c> for documents written and labeled after the rules were
/// tuned on the others (their first-run score is recorded in docs/benchmarks.md), else null.
/// </summary>
internal sealed record LabeledDocument(string File, IReadOnlyList<ExpectedFlag> Expect, IReadOnlyList<HardNegative> HardNegatives, string? Set = null);

/// <summary>The manifest of the labeled set (<c>Labeled/manifest.json</c>; document files are relative to it).</summary>
internal sealed record LabeledManifest(string Description, IReadOnlyList<LabeledDocument> Documents)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static LabeledManifest Read(string manifestPath) =>
        JsonSerializer.Deserialize<LabeledManifest>(File.ReadAllText(manifestPath), Options)
        ?? throw new InvalidDataException($"{manifestPath} is empty");
}
