using InterviewLoop.Calibration.Narrative.Numbers;
using InterviewLoop.Calibration.Narrative.Projects;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>A number the candidate gave: what it measures, which side of a change, the project it is about.</summary>
/// <param name="Concept">What it measures (<c>team size</c>, <c>p99 latency</c>, <c>support tickets</c>).</param>
/// <param name="Facet">Level, baseline or change.</param>
/// <param name="Quantity">The number.</param>
/// <param name="Project">The project named in the same sentence, or <c>null</c>.</param>
internal sealed record MetricClaim(string Concept, MetricFacet Facet, Quantity Quantity, ProjectName? Project)
{
    /// <summary>"team size", "p99 latency before", "the change in support tickets".</summary>
    public string Label => Facet switch
    {
        MetricFacet.Before => $"{Concept} before",
        MetricFacet.Change => $"the change in {Concept}",
        _ => Concept,
    };

    /// <summary>
    /// About the same thing: same unit family and facet, concepts equal (plain "latency" matching a
    /// percentile), and projects not known to differ.
    /// </summary>
    public bool SameSubject(MetricClaim other) =>
        Quantity.Unit == other.Quantity.Unit && Facet == other.Facet && ConceptsMatch(Concept, other.Concept)
        && (Project is null || other.Project is null || Project.SameAs(other.Project));

    private static bool ConceptsMatch(string a, string b) =>
        a == b || (a == "latency" && b.EndsWith(" latency", StringComparison.Ordinal)) || (b == "latency" && a.EndsWith(" latency", StringComparison.Ordinal));
}
