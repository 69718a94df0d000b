using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Numbers;
using InterviewLoop.Calibration.Narrative.Projects;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// Reads the numbers the candidate gave, clause by clause: each with what it measures
/// (<see cref="MetricConcepts"/>, <see cref="CountNouns"/>), its facet and the project named in the
/// sentence. "From 800 ms to 300 ms" also yields the change it implies (62%), so a later "cut it by
/// about 60%" agrees with it. Durations of months and years are the timeline's, not metrics.
/// </summary>
internal static partial class MetricReader
{
    public static IEnumerable<Mention<MetricClaim>> Read(SubmittedCard card, IReadOnlyList<CardSentence> sentences)
    {
        foreach (var sentence in sentences)
        {
            var project = sentence.MainProject;
            foreach (var clause in sentence.Clauses)
            {
                var claims = clause.Quantities.Select(q => Claim(clause.Normalized, q, project)).OfType<MetricClaim>().ToList();
                claims.AddRange(ImpliedChanges(claims).ToArray());
                foreach (var claim in claims) yield return Mention(card, claim, sentence.Text, false);
            }
        }
        foreach (var claim in card.Card.Claims.Where(c => c.Topic == ClaimTopic.Metric))
            if (MetricTags.Read(claim) is { } tagged) yield return Mention(card, tagged, claim.Quote ?? claim.Value, true);
    }

    private static MetricClaim? Claim(string clause, Quantity q, ProjectName? project)
    {
        if (q.Unit == QuantityUnit.Money) q = MoneyPeriods.Annualize(clause, q);
        var concept = q.Unit switch
        {
            QuantityUnit.Count => CountNouns.Concept(clause, q.Start, q.End) ?? CountFallback(MetricConcepts.Nearest(clause, q.Start, q.End)),
            QuantityUnit.Percent or QuantityUnit.Points when Share().Match(clause[q.End..]) is { Success: true } share => $"share of {share.Groups[1].Value}",
            QuantityUnit.Seconds => TimedConcept(MetricConcepts.Nearest(clause, q.Start, q.End), q.Value),
            _ => MetricConcepts.Nearest(clause, q.Start, q.End),
        };
        if (concept is null) return null;
        // Money saved is a change however it is phrased ("saved $1.2M", "savings came to $300k").
        var facet = q.Unit == QuantityUnit.Money && concept == "cost" && clause.Contains("sav", StringComparison.Ordinal)
            ? MetricFacet.Change : MetricFacets.Of(clause, q.Start, q.End);
        return new MetricClaim(concept, facet, q, project);
    }

    private static string? CountFallback(string? concept) =>
        concept is "incidents" or "support tickets" or "team size" or "deploy frequency" ? concept : null;

    private static string? TimedConcept(string? concept, double seconds) =>
        concept is "latency" or "build time" or "recovery time" or "deploy frequency" || concept?.EndsWith(" latency", StringComparison.Ordinal) == true
            ? (seconds < Durations.Day ? concept : null)
            : concept is "onboarding time" ? concept : null;

    // "From 800 ms to 300 ms": the change it implies, as an approximate percentage; between two
    // percentages ("churn from 8% to 6%") also as percentage points, and between two amounts of
    // money also as the amount saved, the ways people retell it.
    private static IEnumerable<MetricClaim> ImpliedChanges(List<MetricClaim> claims) =>
        from before in claims.Where(c => c.Facet == MetricFacet.Before && c.Quantity.Value > 0)
        from after in claims.Where(c => c.Facet == MetricFacet.Level && c.SameSubject(before with { Facet = MetricFacet.Level }))
        from change in Changes(before.Quantity, after.Quantity)
        select before with { Facet = MetricFacet.Change, Quantity = change };

    private static IEnumerable<Quantity> Changes(Quantity before, Quantity after)
    {
        var text = $"{before.Text} → {after.Text}";
        var percent = Math.Round(Math.Abs(before.Value - after.Value) / before.Value * 100);
        yield return new Quantity(percent, percent, percent, QuantityUnit.Percent, QuantityBound.About, after.Start, after.End, text);
        if (before.Unit is not (QuantityUnit.Percent or QuantityUnit.Money)) yield break;
        var difference = Math.Abs(before.Value - after.Value);
        var unit = before.Unit == QuantityUnit.Percent ? QuantityUnit.Points : QuantityUnit.Money;
        yield return new Quantity(difference, difference, difference, unit, QuantityBound.About, after.Start, after.End, text);
    }

    private static Mention<MetricClaim> Mention(SubmittedCard card, MetricClaim claim, string quote, bool tagged) =>
        new(card, claim.Project is null ? claim.Label : $"{claim.Label} of the {claim.Project.Label}", claim, claim.Quantity.Display, Quotes.Text(quote), tagged);

    [GeneratedRegex(@"^\s*of (?:the |all |our |their )?(traffic|requests|users|customers|accounts|merchants|revenue|payments)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Share();
}
