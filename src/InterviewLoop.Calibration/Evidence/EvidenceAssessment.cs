namespace InterviewLoop.Calibration.Evidence;

/// <summary>What <see cref="EvidenceQuality"/> found in one note.</summary>
/// <param name="IsConcrete">
/// True when the note carries at least one strong marker (number, named system, attribution) or at
/// least two different evidence-stack markers; adjectives alone never make a note concrete.
/// </param>
/// <param name="Markers">Distinct markers found, in <see cref="EvidenceMarker"/> order.</param>
/// <param name="VaguePhrases">
/// Praise adjectives, tenure and tool lists found, lower-cased, in order of appearance (for
/// explanations and writing hints; they never count against concrete markers).
/// </param>
public sealed record EvidenceAssessment(bool IsConcrete, IReadOnlyList<EvidenceMarker> Markers, IReadOnlyList<string> VaguePhrases);
