using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// What a percentage, an amount of money or a duration measures, found from the words around it
/// (nearest wins). A number whose clause names none of these is not compared: it cannot be known
/// to be "about the same thing" as another.
/// </summary>
internal static partial class MetricConcepts
{
    private static readonly (string Concept, Regex Pattern)[] Concepts =
    [
        ("latency", Latency()),
        ("availability", Pattern(@"availability|uptime|slos?|slas?|nines")),
        ("error rate", Pattern(@"error rates?|errors|failure rates?|failed (?:payments|charges|jobs|requests|renewals)")),
        ("cost", Pattern(@"costs?|spend(?:ing)?|bills?|budget|aws|cloud|infra(?:structure)?|compute|savings|saved|saving")),
        ("revenue", Pattern(@"revenue|arr|gmv|sales|bookings|mrr")),
        ("conversion", Pattern(@"conversion|checkout completion|sign-?up rate")),
        ("churn", Pattern(@"churn|cancellations|retention")),
        ("support tickets", Pattern(@"tickets|support (?:volume|load|contacts|calls)|contact rate")),
        ("incidents", Pattern(@"incidents|pages|outages|alerts|on-?call load")),
        ("recovery", Pattern(@"recover(?:y|ed|s)?|renewals")),
        ("build time", Pattern(@"builds?|ci|test suite|pipeline")),
        ("deploy frequency", Pattern(@"deploy\w*|releases?|lead time")),
        ("throughput", Pattern(@"throughput|rps|qps|requests per second")),
        ("test coverage", Pattern(@"coverage")),
        ("pay", Pattern(@"salary|offer|pay|raise|compensation|comp")),
        ("storage", Pattern(@"storage|disk")),
        ("memory", Pattern(@"memory|ram")),
        ("cpu", Pattern(@"cpu")),
        ("recovery time", Pattern(@"mttr|time to (?:recover|restore|resolve|detect|mitigate)")),
        ("onboarding time", Pattern(@"onboarding|ramp-?up")),
        ("team size", Pattern(@"team size|headcount|team of")),
    ];

    /// <summary>The concept nearest to [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="clause"/>, or <c>null</c>.</summary>
    public static string? Nearest(string clause, int start, int end)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (concept, pattern) in Concepts)
            foreach (Match m in pattern.Matches(clause))
            {
                var distance = m.Index >= end ? m.Index - end : Math.Max(0, start - (m.Index + m.Length));
                if (distance >= bestDistance) continue;
                (best, bestDistance) = (Label(concept, m.Value), distance);
            }
        return best;
    }

    /// <summary>The first concept named in <paramref name="text"/> (a claim's subject), or <c>null</c>.</summary>
    public static string? Named(string text) =>
        Concepts.Select(c => (c.Concept, Match: c.Pattern.Match(text))).Where(c => c.Match.Success)
            .OrderBy(c => c.Match.Index).Select(c => Label(c.Concept, c.Match.Value)).FirstOrDefault();

    // "p99 latency" stays distinct from "p50 latency"; plain "latency" matches either (see MetricClaim).
    private static string Label(string concept, string matched) =>
        concept == "latency" && matched.StartsWith('p') && matched.Length == 3 ? $"{matched} latency" : concept;

    private static Regex Pattern(string words) => new($@"\b(?:{words})\b", RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:latency|latencies|p\d\d|response times?|load times?|page loads?|round[- ]trips?|ttfb)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Latency();
}
